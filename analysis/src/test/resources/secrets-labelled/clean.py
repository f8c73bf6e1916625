import os

DB_PASSWORD = os.environ["DB_PASSWORD"]
AWS_KEY = os.getenv("AWS_ACCESS_KEY_ID", "")
EXAMPLE = "AKIAIOSFODNN7EXAMPLE"
PASSWORD_FIELD = "password"
TOKEN_HEADER = "X-Auth-Token"
password_hint = "at least twelve characters"
