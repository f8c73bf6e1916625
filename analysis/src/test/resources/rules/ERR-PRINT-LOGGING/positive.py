def notify(order):
    print("sending", order)  # expect: ERR-PRINT-LOGGING
