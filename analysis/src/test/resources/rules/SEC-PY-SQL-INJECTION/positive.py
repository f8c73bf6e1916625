def find(cursor, order_id, status):
    cursor.execute(f"SELECT * FROM orders WHERE id = {order_id}")  # expect: SEC-PY-SQL-INJECTION
    cursor.execute("SELECT * FROM orders WHERE status = '%s'" % status)  # expect: SEC-PY-SQL-INJECTION
    cursor.execute("SELECT * FROM orders WHERE status = '" + status + "'")  # expect: SEC-PY-SQL-INJECTION
    query = "DELETE FROM carts WHERE owner = '{}'".format(status)
    cursor.execute(query)  # expect: SEC-PY-SQL-INJECTION


def raw(session, name):
    return session.execute(text(f"SELECT * FROM users WHERE name = '{name}'"))  # expect: SEC-PY-SQL-INJECTION


def report(db):
    where = request.args.get("where")
    sql = where
    return db.execute(sql)  # expect: SEC-PY-SQL-INJECTION


async def get_by_username(conn, username):
    q = "SELECT id, pwd_hash FROM users WHERE username = '%s'" % username
    async with conn.cursor() as cur:
        await cur.execute(q)  # expect: SEC-PY-SQL-INJECTION


def search(term):
    return get_db().execute("SELECT * FROM products WHERE name LIKE '%" + term + "%'")  # expect: SEC-PY-SQL-INJECTION
