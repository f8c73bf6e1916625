def totals(cursor, ids):
    cursor.execute("SELECT id, total FROM orders WHERE id = ANY(%s)", (list(ids),))
    rows = cursor.fetchall()
    return {row[0]: row[1] for row in rows}
