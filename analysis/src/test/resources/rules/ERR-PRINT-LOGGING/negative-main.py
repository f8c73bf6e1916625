"""Exports the day's orders to CSV: a command-line script, whose console is its interface."""
import csv
import sys


def export(rows):
    writer = csv.writer(sys.stdout)
    for row in rows:
        writer.writerow(row)
    print("exported", len(rows), "rows")


if __name__ == "__main__":
    export([("A-1", 10)])
    print("done")
