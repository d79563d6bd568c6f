# asyncio.Semaphore bounds how many requests run at once; a wait_for() that times out takes its acquire() out of the line.
import asyncio
import time


# 20 simulated requests of 60 ms each, under different limits.
async def crawl(limit):
    sem = asyncio.Semaphore(limit)
    in_flight = 0
    peak = 0

    async def fetch_page(url):
        nonlocal in_flight, peak
        async with sem:  # acquire, run, release, even if the body raises
            in_flight += 1
            peak = max(peak, in_flight)
            await asyncio.sleep(0.06)  # simulated network wait
            in_flight -= 1
            return f"<html>{url}</html>"

    urls = [f"https://api.example.com/{i}" for i in range(20)]
    t0 = time.perf_counter()
    pages = await asyncio.gather(*(fetch_page(url) for url in urls))
    print(f"limit {limit}: {(time.perf_counter() - t0) * 1000:.0f} ms")
    print(f"  {len(pages)} pages, at most {peak} requests in flight")


async def main():
    await crawl(2)  # 10 rounds of 60 ms
    await crawl(5)  # 4 rounds
    await crawl(20)  # 1 round: no limit at all

    # A caller that gives up after 30 ms. wait_for() cancels the acquire(), and a
    # cancelled acquire() leaves the line: no permit is handed to a caller that has gone.
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    try:
        await asyncio.wait_for(sem.acquire(), timeout=0.03)
    except TimeoutError:
        print("waiter: gave up after 30 ms")
    sem.release()
    await sem.acquire()  # the permit came back to the semaphore, not to the waiter that left
    print("the next caller got the permit at once")


asyncio.run(main())
