import time

import requests


async def poll(url):
    time.sleep(1)  # expect: PERF-PY-BLOCKING-IN-ASYNC
    return requests.get(url, timeout=5)  # expect: PERF-PY-BLOCKING-IN-ASYNC
