"""Retry with exponential backoff and jitter for calls to other services."""

import logging
import random
import time
from typing import Callable, Tuple, Type, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


def retry(
    call: Callable[[], T],
    attempts: int = 4,
    base_delay: float = 0.2,
    max_delay: float = 5.0,
    retry_on: Tuple[Type[BaseException], ...] = (ConnectionError, TimeoutError),
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Call ``call`` until it succeeds, waiting longer after each failure.

    The delay doubles from ``base_delay`` up to ``max_delay``, with full jitter so that many
    workers do not retry in lockstep. The last error is raised when every attempt failed.
    """
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    for attempt in range(1, attempts + 1):
        try:
            return call()
        except retry_on as error:
            if attempt == attempts:
                raise
            delay = min(max_delay, base_delay * 2 ** (attempt - 1))
            log.warning("attempt %d/%d failed: %s; retrying", attempt, attempts, error)
            sleep(random.uniform(0, delay))
    raise AssertionError("unreachable")
