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
