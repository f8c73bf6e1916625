def notify(order):
    print("sending", order)  # expect: ERR-PRINT-LOGGING


def legacy(order):
    print "sending", order  # one finding for the file, at its first line: it names this line too
    print >>sys.stderr, order
