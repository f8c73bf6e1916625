def calculate(expression, script):
    value = eval(expression)  # expect: SEC-PY-CODE-INJECTION
    exec(script)  # expect: SEC-PY-CODE-INJECTION
    return value
