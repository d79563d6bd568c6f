# 用 gather 同时消费三个用户的流；然后让其中一路失败，由 `gather(return_exceptions=True)` 逐个报告结果。
import asyncio
import time


# 每个用户一路流式响应：五条消息，间隔 60 ms。
async def stream_response(user_id, fail_at=-1):
    for i in range(5):
        await asyncio.sleep(0.06)
        if i == fail_at:
            raise RuntimeError(f"用户 {user_id} 的流在第 {i} 条消息处中断")
        yield f"用户 {user_id}: 第 {i} 条消息"


async def handle(stream):
    count = 0
    async for message in stream:
        print(message)
        count += 1
    return count


async def main():
    print("--- 三个用户同时进行 ---")
    t0 = time.perf_counter()
    counts = await asyncio.gather(*(handle(stream_response(user_id)) for user_id in [1, 2, 3]))
    print(f"三个用户: {(time.perf_counter() - t0) * 1000:.0f} ms")
    print("每个用户的消息数:", counts)

    # 如果一路流失败了，普通的 gather 会立刻抛出异常，但其余的流照常进行。
    # `return_exceptions=True`（即 Promise.allSettled）会等全部结束，并逐个交回结果。
    print("--- 用户 2 的流失败了 ---")
    outcomes = await asyncio.gather(
        handle(stream_response(1)),
        handle(stream_response(2, fail_at=2)),
        handle(stream_response(3)),
        return_exceptions=True,
    )
    for user_id, outcome in enumerate(outcomes, start=1):
        print(
            f"用户 {user_id}:",
            f"失败（{outcome}）" if isinstance(outcome, Exception) else f"{outcome} 条消息",
        )


asyncio.run(main())
