import httpx
import requests


def fetch(url, payload):
    requests.get(url)  # expect: ERR-PY-NO-TIMEOUT
    requests.post(url, json=payload)  # expect: ERR-PY-NO-TIMEOUT
    return httpx.get(url)  # expect: ERR-PY-NO-TIMEOUT
