from fastapi.middleware.cors import CORSMiddleware
from flask_cors import CORS

CORS(app, origins=["https://shop.example.com"])
api.add_middleware(CORSMiddleware, allow_origins=["https://shop.example.com"])
CORS_ALLOWED_ORIGINS = ["https://shop.example.com"]
