import hashlib


def fingerprint(data):
    etag = hashlib.md5(data, usedforsecurity=False).hexdigest()
    return etag, hashlib.sha256(data).hexdigest()
