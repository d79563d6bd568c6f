# 用 FetchResult 数据类、asyncio.Semaphore 和每个请求的时限批量抓取：60 个模拟 URL，同时进行的请求最多 LIMIT 个。改一改 LIMIT 再运行。
import asyncio
import time
from dataclasses import dataclass

LIMIT = 20
TIMEOUT = 0.2  # 每个请求的时限（秒），从它拿到许可的那一刻算起


class NetworkError(Exception):
    pass


# 模拟的网络：每个请求 40-69 ms；有几个返回 404 或 500，
# 一个干脆因连接错误而失败，而 /items/3 永远不会应答，
# 就像一台接受了连接却迟迟不回话的服务器。
async def fake_get(url):
    n = int(url.rsplit("/", 1)[1])
    await asyncio.sleep(60 if n == 3 else (40 + (n * 7) % 30) / 1000)
    if n == 42:
        raise NetworkError("网络错误")
    status = 500 if n % 25 == 13 else 404 if n % 20 == 7 else 200
    return status, {"id": n}


@dataclass
class FetchResult:
    url: str
    status: int  # 没有收到响应时为 0
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
            # 时限从这里、在信号量里面开始计算，和原文的 ClientTimeout 一样：
            # 如果在它之前就开始，请求还在排队等许可时，时限就已经在倒计时了。
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
    sem = asyncio.Semaphore(concurrency)  # 整批请求共用一个上限
    return await asyncio.gather(*(fetch_one(url, sem) for url in urls))  # 从不抛出异常：错误就是数据


async def main():
    urls = [f"https://api.example.com/items/{i}" for i in range(60)]
    t0 = time.perf_counter()
    results = await bulk_fetch(urls, LIMIT)
    failed = [r for r in results if r.error is not None]
    print(f"上限 {LIMIT}: 同时进行的请求最多 {peak} 个")
    print(f"成功: {len(results) - len(failed)}，失败: {len(failed)}")
    for r in failed:
        print(f"  {r.url.replace('https://api.example.com', '')}: {r.error}")
    print(f"耗时: {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
