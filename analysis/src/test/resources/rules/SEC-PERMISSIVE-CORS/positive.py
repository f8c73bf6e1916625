from fastapi.middleware.cors import CORSMiddleware
from flask_cors import CORS

CORS(app)  # expect: SEC-PERMISSIVE-CORS
api.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)  # expect: SEC-PERMISSIVE-CORS
CORS_ALLOW_ALL_ORIGINS = True  # expect: SEC-PERMISSIVE-CORS
