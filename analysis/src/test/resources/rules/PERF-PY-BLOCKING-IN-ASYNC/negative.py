import asyncio
import time

import httpx


async def poll(url):
    await asyncio.sleep(1)
    async with httpx.AsyncClient(timeout=5) as client:
        return await client.get(url)


def poll_sync():
    time.sleep(1)
