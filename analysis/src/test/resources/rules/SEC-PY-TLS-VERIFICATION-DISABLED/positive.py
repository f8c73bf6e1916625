import requests


def fetch(url):
    return requests.get(url, timeout=5, verify=False)  # expect: SEC-PY-TLS-VERIFICATION-DISABLED
