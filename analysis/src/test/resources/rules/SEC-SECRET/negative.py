import os

EXAMPLE_KEY = "AKIAIOSFODNN7EXAMPLE"  # the key from the AWS documentation
token = os.environ["GITHUB_TOKEN"]
header = "-----BEGIN PUBLIC KEY-----"
