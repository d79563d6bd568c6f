# Python 版的 forEach 陷阱：在循环里创建任务却从不 await；一个元素都还没处理，循环就“结束”了。
import asyncio
import time

t0 = time.perf_counter()
processed = []


async def process(item_id):
    await asyncio.sleep(0.2 - item_id * 0.05)  # 150、100、50 ms
    processed.append(item_id)
    print(f"  已处理 {item_id}（{(time.perf_counter() - t0) * 1000:.0f} ms）")


async def main():
    for item_id in [1, 2, 3]:
        asyncio.create_task(process(item_id))  # 启动了，但没有人 await 它，也没有人保留引用
    print(f"循环之后: 已处理 {len(processed)} 个（{(time.perf_counter() - t0) * 1000:.0f} ms）")
    # 没有这次 sleep 的话，main() 一返回，asyncio.run() 就会取消这三个任务，
    # 一个也处理不了。（相比之下，Node 会等它们的定时器。）
    await asyncio.sleep(0.2)


asyncio.run(main())
