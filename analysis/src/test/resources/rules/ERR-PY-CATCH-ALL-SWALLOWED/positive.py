def charge(card):
    try:
        return gateway.charge(card)
    except Exception:  # expect: ERR-PY-CATCH-ALL-SWALLOWED
        return None
