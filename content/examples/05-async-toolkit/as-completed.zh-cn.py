# asyncio.as_completed：结果按任务完成的先后到来；失败由它自己那次 await 抛出，循环可以继续。
import asyncio
import time


async def fetch_user(user_id, seconds):
    await asyncio.sleep(seconds)
    if user_id == 4:
        raise LookupError(f"找不到用户 {user_id}")
    return {"id": user_id, "name": f"User_{user_id}"}


async def main():
    t0 = time.perf_counter()

    def since():
        return f"{(time.perf_counter() - t0) * 1000:.0f} ms"

    # 五个现在一起启动；它们分别需要 200、100、250、150 和 50 ms。用户 4 会失败。
    tasks = [asyncio.create_task(fetch_user(i + 1, ms / 1000)) for i, ms in enumerate([200, 100, 250, 150, 50])]
    # 在 Python 3.13 之前，as_completed() 是一个普通的迭代器，产出可等待对象（3.13 起也可以用 `async for`）。
    for next_done in asyncio.as_completed(tasks):
        try:
            user = await next_done
        except LookupError as error:
            print(f"失败: {error}（{since()}）")  # 循环照常继续
            continue
        print(f"完成: {user['name']}（{since()}）")
    print("换成对同样这些任务用 gather，它会在 150 ms 时抛出异常，一个结果也拿不到。")


asyncio.run(main())
