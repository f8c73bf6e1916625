def release(lines):
    for line in lines:
        try:
            post(line)
        except ConnectionError:  # expect: ERR-EMPTY-CATCH
            pass
    try:
        flush()
    except Exception: pass  # expect: ERR-EMPTY-CATCH
