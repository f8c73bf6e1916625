import ast


def calculate(expression):
    value = ast.literal_eval(expression)
    exec("import this")
    return value
