# 模拟一个 aiohttp 风格的 fetch_all：404 在调用 raise_for_status() 之前不会抛出异常，asyncio.timeout() 切断慢的 URL，gather 保住其余的结果。
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


# 代替 aiohttp 的 ClientSession 和响应对象，延迟一会儿才应答。
class FakeResponse:
    def __init__(self, url, status, body):
        self.url = url
        self.status = status
        self._body = body

    def raise_for_status(self):
        if self.status >= 400:
            raise ClientResponseError(f"收到 HTTP {self.status}，来自 {self.url}")

    async def json(self):
        return json.loads(self._body)


class FakeSession:
    async def get(self, url):
        seconds, status = routes[url]
        await asyncio.sleep(seconds)  # 和真实请求一样，会被 asyncio.timeout() 取消
        body = {"login": url.split("/")[2]} if status == 200 else {"message": "未找到"}
        return FakeResponse(url, status, json.dumps(body))


async def fetch_one(session, url):
    async with asyncio.timeout(0.3):  # 每个请求的超时，相当于 `ClientTimeout(total=0.3)`
        response = await session.get(url)
        response.raise_for_status()  # 状态码不对，只有你去问的时候才会变成异常
        return await response.json()


async def main():
    session = FakeSession()  # 所有请求共用一个会话

    # 意外之一（fetch 和 aiohttp 都一样）：404 是一个响应，而不是异常。
    response = await session.get("/users/nobody")
    print(f"/users/nobody: 没有异常，status={response.status}")

    t0 = time.perf_counter()
    urls = list(routes)
    results = await asyncio.gather(*(fetch_one(session, url) for url in urls), return_exceptions=True)
    for url, r in zip(urls, results):
        if isinstance(r, TimeoutError):
            print(f"失败 {url}: TimeoutError（asyncio.timeout）")
        elif isinstance(r, Exception):
            print(f"失败 {url}: {r}")
        else:
            print(f"成功 {url} {json.dumps(r)}")
    print(f"fetch_all: {(time.perf_counter() - t0) * 1000:.0f} ms（那个慢 URL 在 300 ms 时被切断了）")


asyncio.run(main())
