STATUS = {200: "ok", 201: "created", 204: "empty", 404: "missing"}


def status(code):
    return STATUS.get(code, "other")
