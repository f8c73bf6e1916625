def activate_circuit_breaker():
    """Activates the circuit breaker for all vendors."""
    print("INFO: Activating circuit breaker...")
    for vendor in ["Claude", "GPT", "Gemini"]:
        if vendor in VENDOR_REGISTRY:
            VENDOR_REGISTRY[vendor]["state"] = "DEGRADED"
            VENDOR_REGISTRY[vendor]["circuit_open"] = True
    print(f"INFO: Circuit breaker is OPEN. Vendor states: {VENDOR_REGISTRY}")
