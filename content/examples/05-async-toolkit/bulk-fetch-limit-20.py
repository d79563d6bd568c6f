# Bulk fetching with a FetchResult dataclass, an asyncio.Semaphore and a timeout per request: 60 simulated URLs, at most LIMIT requests in flight. Change LIMIT and rerun.
import asyncio
import time
from dataclasses import dataclass

LIMIT = 20
TIMEOUT = 0.2  # seconds per request, counted from the moment it holds a permit


class NetworkError(Exception):
    pass


# The simulated network: 40-69 ms per request; a few answer 404 or 500,
# one fails outright with a connection error, and /items/3 never answers at all,
# like a server that accepts the connection and stalls.
async def fake_get(url):
    n = int(url.rsplit("/", 1)[1])
    await asyncio.sleep(60 if n == 3 else (40 + (n * 7) % 30) / 1000)
    if n == 42:
        raise NetworkError("network error")
    status = 500 if n % 25 == 13 else 404 if n % 20 == 7 else 200
    return status, {"id": n}


@dataclass
class FetchResult:
    url: str
    status: int  # 0 when no response arrived
    data: dict | None = None
    error: str | None = None


in_flight = 0
peak = 0


async def fetch_one(url, sem):
    global in_flight, peak
    async with sem:
        in_flight += 1
        peak = max(peak, in_flight)
        try:
            # The deadline starts here, inside the semaphore, as the original's ClientTimeout
            # does: started before it, it would run down while the request waits for a permit.
            async with asyncio.timeout(TIMEOUT):
                status, data = await fake_get(url)
            if status != 200:
                return FetchResult(url, status, error=f"HTTP {status}")
            return FetchResult(url, status, data=data)
        except TimeoutError:
            return FetchResult(url, 0, error="TimeoutError")
        except NetworkError as err:
            return FetchResult(url, 0, error=f"{type(err).__name__}: {err}")
        finally:
            in_flight -= 1


async def bulk_fetch(urls, concurrency):
    sem = asyncio.Semaphore(concurrency)  # one limit for the whole batch
    return await asyncio.gather(*(fetch_one(url, sem) for url in urls))  # never raises: errors are data


async def main():
    urls = [f"https://api.example.com/items/{i}" for i in range(60)]
    t0 = time.perf_counter()
    results = await bulk_fetch(urls, LIMIT)
    failed = [r for r in results if r.error is not None]
    print(f"limit {LIMIT}: at most {peak} requests in flight")
    print(f"succeeded: {len(results) - len(failed)}, failed: {len(failed)}")
    for r in failed:
        print(f"  {r.url.replace('https://api.example.com', '')}: {r.error}")
    print(f"elapsed: {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
