# asyncio.Semaphore 限制同时进行的请求数；超时的 wait_for() 会把它的 acquire() 从队伍里撤出。
import asyncio
import time


# 20 个模拟请求，每个 60 ms，在不同的上限下运行。
async def crawl(limit):
    sem = asyncio.Semaphore(limit)
    in_flight = 0
    peak = 0

    async def fetch_page(url):
        nonlocal in_flight, peak
        async with sem:  # 获取、运行、释放，即使块内抛出异常也会释放
            in_flight += 1
            peak = max(peak, in_flight)
            await asyncio.sleep(0.06)  # 模拟网络等待
            in_flight -= 1
            return f"<html>{url}</html>"

    urls = [f"https://api.example.com/{i}" for i in range(20)]
    t0 = time.perf_counter()
    pages = await asyncio.gather(*(fetch_page(url) for url in urls))
    print(f"上限 {limit}: {(time.perf_counter() - t0) * 1000:.0f} ms")
    print(f"  {len(pages)} 个页面，同时进行的请求最多 {peak} 个")


async def main():
    await crawl(2)  # 10 轮，每轮 60 ms
    await crawl(5)  # 4 轮
    await crawl(20)  # 1 轮：等于完全不设上限

    # 一个 30 ms 后放弃的调用方。wait_for() 会取消 acquire()，而被取消的 acquire()
    # 会离开队伍：许可不会交给一个已经走了的调用方。
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    try:
        await asyncio.wait_for(sem.acquire(), timeout=0.03)
    except TimeoutError:
        print("等待者: 30 ms 后放弃了")
    sem.release()
    await sem.acquire()  # 许可回到了信号量手里，而不是交给了那个已经离开的等待者
    print("下一个调用方立刻拿到了许可")


asyncio.run(main())
