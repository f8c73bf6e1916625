"""Settings read once from the environment."""

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    """Connection settings for the queue and the services the worker calls."""

    amqp_url: str
    orders_api: str
    smtp_host: str
    prefetch: int = 10

    @classmethod
    def from_env(cls) -> "Settings":
        """Build settings from environment variables; fail fast when one is missing."""
        missing = [name for name in ("AMQP_URL", "ORDERS_API", "SMTP_HOST") if not os.environ.get(name)]
        if missing:
            raise RuntimeError("missing environment variables: " + ", ".join(missing))
        return cls(
            amqp_url=os.environ["AMQP_URL"],
            orders_api=os.environ["ORDERS_API"],
            smtp_host=os.environ["SMTP_HOST"],
            prefetch=int(os.environ.get("WORKER_PREFETCH", "10")),
        )
