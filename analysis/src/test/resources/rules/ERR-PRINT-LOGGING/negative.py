import logging


def notify(order):
    logging.getLogger(__name__).info("sending %s", order)
    # print("debug") is commented out


HELP = """
print the order summary
print it twice
"""
