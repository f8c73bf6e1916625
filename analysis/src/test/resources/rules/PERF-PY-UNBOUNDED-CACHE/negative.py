import functools


@functools.lru_cache(maxsize=1024)
def price(sku):
    return lookup(sku)
