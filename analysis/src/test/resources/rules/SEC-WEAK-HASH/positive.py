import hashlib


def fingerprint(password):
    legacy = hashlib.md5(password.encode()).hexdigest()  # expect: SEC-WEAK-HASH
    return legacy, hashlib.new("sha1", password.encode())  # expect: SEC-WEAK-HASH
