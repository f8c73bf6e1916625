def notify(order):
    print("sending", order)  # expect: ERR-PRINT-LOGGING


def legacy(order):
    print "sending", order  # expect: ERR-PRINT-LOGGING
    print >>sys.stderr, order  # expect: ERR-PRINT-LOGGING
