def send(mailer, order):
    try:
        mailer.send(order)
    except:  # expect: ERR-BARE-EXCEPT
        log_failure(order)
