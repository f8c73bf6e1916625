def log_transaction(message: str, level: str = "info"):
    """Enhanced logging with structured format"""
    log_method = getattr(logger, level, logger.info)
    log_method(f"[EVERSEND_PAYMENTS] {message}")
