def list_customers(db):
    return [{"id": row.id, "name": row.name} for row in db.customers()]


def columns():
    return [{"key": "id", "label": "Id"}, {"key": "name", "label": sort_label("name")}]
