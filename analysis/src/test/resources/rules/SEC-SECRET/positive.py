import boto3

client = boto3.client("s3", aws_access_key_id="AKIA2E0A8F3B244C9986")  # expect: SEC-SECRET
GITHUB = "ghp_R2d8Xk3Lq9Zm4Vt7Wp1Ns6Yb5Hc0Jf2Ga8Ke"  # expect: SEC-SECRET
KEY = """-----BEGIN RSA PRIVATE KEY-----"""  # expect: SEC-SECRET
