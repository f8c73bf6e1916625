import os

API_KEY = os.environ["API_KEY"]
settings = {"password": "<your-password>"}
token = ""
