import abc
import logging
import random
import time
from typing import Protocol

import requests

logger = logging.getLogger(__name__)


def simulate_trajectory(velocity, steps):
    # Simulate the projectile step by step
    position = 0.0
    for _ in range(steps):
        position += velocity
        velocity -= 9.81
    return position


def fetch_with_retry(url, attempts=3):
    for attempt in range(attempts):
        try:
            return requests.get(url, timeout=5)
        except requests.RequestException:
            time.sleep(2 ** attempt)  # back off before the next try
    raise RuntimeError("gave up")


def wait_for_ready(client):
    time.sleep(0.5)
    return client.ready()


def insert_user(cursor, name):
    # the %s placeholder is filled in by the driver
    cursor.execute("INSERT INTO users (name) VALUES (%s)", (name,))
    return cursor.lastrowid


def default_settings(profile):
    return {"timeout": 30, "retries": 3, "region": "eu-west-1"}


def jittered_delay(base):
    return base + random.uniform(0, 0.5)


def new_session_id():
    return random.getrandbits(64)


def audit(event, user):
    logger.info("audit %s by %s", event, user)


class Repository(abc.ABC):
    @abc.abstractmethod
    def load(self, key):
        return {"key": "value", "size": 10}


class Store(Protocol):
    def get(self, key) -> dict:
        return {"placeholder": "value", "n": 2}


class Order:
    def total(self, tax_rate):
        subtotal = sum(line.price * line.quantity for line in self.lines)
        return subtotal * (1 + tax_rate)

    def supports_streaming(self, feature):
        return True

    def __repr__(self):
        return "Order(12)"


def pick_winner(entries):
    return random.choice(entries)


def stub_ratio(functions, stubs):
    # a stub is a function whose body is a placeholder
    return stubs / functions if functions else 0.0


def load_model(path):
    """Load the model; for now only pickle files are read."""
    with open(path, "rb") as f:
        return f.read()


def expand_args(args, user=True):
    """Simulate Unix shell expansion with Python functions."""
    out = []
    for arg in args:
        out.extend(glob(os.path.expanduser(arg)) if user else [arg])
    return out


class Collect:
    def delete_file(self, path):
        if self.dry_run:
            self.log("Pretending to delete '%s'" % path)
            return True
        self.storage.delete(path)
        return True


def check_site_id(app_configs, **kwargs):
    return [Error("The SITE_ID setting must be an integer", id="sites.E101")]


def get_context_data(self, **kwargs):
    return {"obj": kwargs.get("item"), "site": kwargs.get("site")}


def tz(request):
    return {"TIME_ZONE": timezone.get_current_timezone_name()}


class AccessLog:
    def log_access_attempt(self, user, action, allowed):
        ip = "127.0.0.1"  # Would get real IP in production
        self.log_security_event({"user": user, "action": action, "allowed": allowed, "ip": ip})
