def status(code):  # expect: QUAL-CYCLOMATIC-COMPLEXITY
    if code == 200:
        return "ok"
    elif code == 201:
        return "created"
    elif code == 204:
        return "empty"
    elif code == 301 or code == 302:
        return "moved"
    elif code == 400:
        return "bad"
    elif code == 401 or code == 403:
        return "denied"
    elif code == 404:
        return "missing"
    elif code == 500:
        return "server"
    return "other"
