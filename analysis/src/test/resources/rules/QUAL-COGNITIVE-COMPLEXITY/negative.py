def route(order, warehouses):
    """Flat, early-return logic stays readable."""
    if not order.items:
        return None
    open_ones = [w for w in warehouses if w.open]
    return open_ones[0] if open_ones else None
