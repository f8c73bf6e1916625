def list_customers():
    return [  # expect: STUB-SAMPLE-DATA
        {"id": 1, "name": "Alice", "vip": True},
        {"id": 2, "name": "Bob", "vip": False},
    ]


def owner():
    return {"name": "John Doe", "email": "john@example.com"}  # expect: STUB-SAMPLE-DATA
