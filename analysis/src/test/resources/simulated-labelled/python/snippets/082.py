def detect_vendor_failure(prompt: str):
    """Simulates the detection of a multi-vendor failure."""
    print("INFO: Detecting vendor failure...")
    vendors = {
        "Claude": {"latency": 30000, "error": 503, "status": "TIMEOUT"},
        "GPT": {"latency": 28000, "error": 504, "status": "TIMEOUT"},
        "Gemini": {"latency": 32000, "error": 502, "status": "TIMEOUT"}
    }
    fingerprint = hash_prompt(prompt)
    incident_id = f"VENDOR_BLACKOUT_{get_timestamp()}"
    print(f"INFO: Failure detected. Incident ID: {incident_id}, Fingerprint: {fingerprint}")
    return {
        "vendors": vendors,
        "fingerprint": fingerprint,
        "incident_id": incident_id
    }
