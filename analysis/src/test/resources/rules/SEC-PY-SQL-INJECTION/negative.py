def find(cursor, order_id, status):
    cursor.execute("SELECT * FROM orders WHERE id = %s", (order_id,))
    cursor.execute("SELECT * FROM orders WHERE status = %(s)s", {"s": status})
    cursor.execute("SELECT * FROM orders " + "ORDER BY id")
    query = "SELECT count(*) FROM orders"
    cursor.execute(query)
    executor.execute(f"job {order_id}")  # a job executor, not a database
    execute(f"SELECT {order_id}")  # this module's own function below


def execute(text):
    return text


def report(db):
    where = request.args.get("where")
    where = "status = 'open'"
    limit = int(request.args.get("limit"))
    db.execute(where)
    return db.execute("SELECT * FROM orders LIMIT %s", (limit,))


def create(db, username, password):
    db.execute(
        "INSERT INTO user (username, password) VALUES (?, ?)",
        (username, password),
    )
