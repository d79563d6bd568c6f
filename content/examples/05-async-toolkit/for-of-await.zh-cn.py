# 两种正确的写法：for 循环里 await（一次一个，按顺序），或者 gather（全部同时进行，结果仍按输入顺序排列）。
import asyncio
import time

t0 = time.perf_counter()


def since():
    return f"{(time.perf_counter() - t0) * 1000:.0f} ms"


async def process_item(item_id):
    await asyncio.sleep(0.2 - item_id * 0.05)  # 150、100、50 ms
    print(f"  已处理 {item_id}（{since()}）")
    return item_id


async def main():
    global t0
    for item_id in [1, 2, 3]:
        await process_item(item_id)
    print(f"for 循环之后: 全部处理完毕（{since()}）")

    t0 = time.perf_counter()
    ids = await asyncio.gather(*(process_item(item_id) for item_id in [1, 2, 3]))
    print(f"gather 之后: {ids}（{since()}）")


asyncio.run(main())
