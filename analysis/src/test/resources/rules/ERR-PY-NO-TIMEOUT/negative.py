import requests


def fetch(url, payload, session):
    requests.get(url, timeout=(3, 10))
    requests.post(url, json=payload, timeout=5)
    session.get(url)
    return requests.utils.quote(url)
