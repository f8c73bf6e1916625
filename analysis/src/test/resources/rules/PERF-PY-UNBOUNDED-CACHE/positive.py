import functools


@functools.lru_cache(maxsize=None)  # expect: PERF-PY-UNBOUNDED-CACHE
def price(sku):
    return lookup(sku)


@functools.cache  # expect: PERF-PY-UNBOUNDED-CACHE
def tax(region):
    return rates(region)
