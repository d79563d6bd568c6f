# CPU 工作会耽误一个 50 ms 的定时器，而在片与片之间 `await asyncio.sleep(0)` 能让它进来：asyncio 没有会插到它前面的微任务队列。
import asyncio
import time


# CPU 密集的工作，用空转 `seconds` 秒来模拟。
def busy(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass  # 这里面没有 await，所以别的代码轮不到


async def finished():
    return None  # 不挂起，直接返回


async def trial(label, work):
    loop = asyncio.get_running_loop()
    t0 = time.perf_counter()
    fired = loop.create_future()
    loop.call_later(0.05, lambda: fired.set_result(round((time.perf_counter() - t0) * 1000)))
    await work()
    work_ms = round((time.perf_counter() - t0) * 1000)
    print(f"{label}: 工作用了 {work_ms} ms；50 ms 的定时器在 {await fired} ms 时触发")


# 1. 一整块 200 ms 的 CPU 工作：定时器只能等它结束。
async def one_block():
    busy(0.2)


# 2. 十片 20 ms，片与片之间的 await 从不挂起：定时器仍然迟到，
#    因为 await 一个协程会就地执行它，事件循环轮不到。
async def awaits_that_do_not_suspend():
    for _ in range(10):
        busy(0.02)
        await finished()


# 3. 十片 20 ms，片与片之间 `await asyncio.sleep(0)`：每次都让事件循环转一轮，
#    所以定时器差不多准时触发；工作本身并没有变快。
#    （JavaScript 的 `await Promise.resolve()` 看上去一样，却放不进任何定时器。）
async def sleep_zero_breaks():
    for _ in range(10):
        busy(0.02)
        await asyncio.sleep(0)


async def main():
    await trial("阻塞", one_block)
    await trial("不挂起的 await", awaits_that_do_not_suspend)
    await trial("用 sleep(0) 分片", sleep_zero_breaks)


asyncio.run(main())
