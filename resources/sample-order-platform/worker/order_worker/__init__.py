"""Background worker for the order platform."""

__version__ = "1.4.0"
