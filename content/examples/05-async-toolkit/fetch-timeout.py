# An aiohttp-style fetch_all, simulated: a 404 raises nothing until raise_for_status(), asyncio.timeout() cuts off the slow URL, gather keeps the rest.
import asyncio
import json
import time

routes = {
    "/users/python": (0.1, 200),
    "/users/golang": (0.15, 200),
    "/users/nobody": (0.08, 404),
    "/users/slow": (0.9, 200),
}


class ClientResponseError(Exception):
    pass


# Stand-ins for aiohttp's ClientSession and response, answering after a delay.
class FakeResponse:
    def __init__(self, url, status, body):
        self.url = url
        self.status = status
        self._body = body

    def raise_for_status(self):
        if self.status >= 400:
            raise ClientResponseError(f"HTTP {self.status} for {self.url}")

    async def json(self):
        return json.loads(self._body)


class FakeSession:
    async def get(self, url):
        seconds, status = routes[url]
        await asyncio.sleep(seconds)  # cancelled by asyncio.timeout() like a real request
        body = {"login": url.split("/")[2]} if status == 200 else {"message": "Not Found"}
        return FakeResponse(url, status, json.dumps(body))


async def fetch_one(session, url):
    async with asyncio.timeout(0.3):  # per-request timeout, like ClientTimeout(total=0.3)
        response = await session.get(url)
        response.raise_for_status()  # a bad status is not an exception until you ask
        return await response.json()


async def main():
    session = FakeSession()  # one session for every request

    # Surprise 1 (for fetch and aiohttp alike): a 404 is a response, not an exception.
    response = await session.get("/users/nobody")
    print(f"/users/nobody: no exception, status={response.status}")

    t0 = time.perf_counter()
    urls = list(routes)
    results = await asyncio.gather(*(fetch_one(session, url) for url in urls), return_exceptions=True)
    for url, r in zip(urls, results):
        if isinstance(r, TimeoutError):
            print(f"failed {url}: TimeoutError (asyncio.timeout)")
        elif isinstance(r, Exception):
            print(f"failed {url}: {r}")
        else:
            print(f"ok     {url} {json.dumps(r)}")
    print(f"fetch_all: {(time.perf_counter() - t0) * 1000:.0f} ms (the slow URL was cut off at 300 ms)")


asyncio.run(main())
