def total(lines):
    # TODO: discounts   # expect: QUAL-TODO
    return sum(lines)
