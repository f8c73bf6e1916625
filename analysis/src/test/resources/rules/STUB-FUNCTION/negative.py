import logging

log = logging.getLogger(__name__)


class Mailer:
    def __init__(self, host):
        self.host = host

    def send(self, to, body):
        """Send a message."""
        log.info("sending to %s", to)
        return self.host.deliver(to, body)


def total(lines):
    result = 0
    for line in lines:
        result += line
    return result


from typing import overload


@overload
def parse(value: str) -> int: ...


@overload
def parse(value: bytes) -> int: ...


def parse(value):
    return int(value)
