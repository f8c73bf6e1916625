import requests


def totals(cursor, ids):
    out = []
    for order_id in ids:
        cursor.execute("SELECT total FROM orders WHERE id = %s", (order_id,))  # expect: PERF-IO-IN-LOOP
        out.append(cursor.fetchone())
    return [requests.get(u, timeout=5) for u in urls()] + out  # expect: PERF-IO-IN-LOOP
