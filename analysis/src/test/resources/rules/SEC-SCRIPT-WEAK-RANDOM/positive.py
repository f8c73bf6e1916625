import random
import string


def new_session():
    session_id = random.getrandbits(64)  # expect: SEC-SCRIPT-WEAK-RANDOM
    return session_id


def reset_token():
    return "".join(random.choice(string.ascii_letters) for _ in range(32))  # expect: SEC-SCRIPT-WEAK-RANDOM
