def send(mailer, order):
    try:
        mailer.send(order)
    except (ConnectionError, TimeoutError) as error:
        log_failure(order, error)
