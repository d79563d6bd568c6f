# asyncio.gather：结果按【输入】顺序排列；第一个异常立刻冒出来，而且什么都不会被取消。
import asyncio


async def job(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} 失败了")
    print(f"  {name} 完成")
    return name


async def main() -> None:
    # 结果按参数的顺序排列，而不是按完成的顺序（TypeScript：Promise.all）。
    print(await asyncio.gather(job("a", 0.1), job("b", 0.05)))

    # 用任务而不是裸协程：协程只能 await 一次，而这些要 gather 两次。
    jobs = [
        asyncio.create_task(job("慢任务", 0.2)),
        asyncio.create_task(job("坏任务", 0.05, fail=True)),
        asyncio.create_task(job("中速任务", 0.1)),
    ]
    try:
        await asyncio.gather(*jobs)
    except RuntimeError as err:
        print("gather 抛出:", err)

    # return_exceptions=True 就是 TypeScript 的 Promise.allSettled：等全部结束，保留错误。
    for result in await asyncio.gather(*jobs, return_exceptions=True):
        print(f"出错: {result}" if isinstance(result, Exception) else f"成功: {result}")


asyncio.run(main())
