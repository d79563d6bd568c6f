# asyncio.wait 的三种策略都返回 (done, pending)，而且什么也不取消；Promise.any 没有对应物，就用 as_completed 代替。
import asyncio
import time

t0 = 0.0


def since():
    return f"{(time.perf_counter() - t0) * 1000:.0f} ms"


async def fetch_user(user_id, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        print(f"  用户 {user_id} 失败（{since()}）")
        raise LookupError(f"用户 {user_id} 失败")
    print(f"  用户 {user_id} 完成（{since()}）")
    return {"id": user_id, "name": f"User_{user_id}"}


# 用户 1、2、3 分别在 150、50 和 100 ms 后完成；用户 2 也可能失败。
def start(user2_fails):
    global t0
    t0 = time.perf_counter()
    return [
        asyncio.create_task(fetch_user(1, 0.15)),
        asyncio.create_task(fetch_user(2, 0.05, user2_fails)),
        asyncio.create_task(fetch_user(3, 0.1)),
    ]


async def main():
    print("wait(FIRST_COMPLETED) ~ Promise.race")
    tasks = start(False)
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    first = done.pop()
    print(f"第一个: {first.result()['name']}（{since()}）；还有 {len(pending)} 个未完成，它们仍在运行:")
    await asyncio.wait(pending)

    print("\nwait(FIRST_EXCEPTION) ~ Promise.all：快速失败")
    tasks = start(True)
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    failed = done.pop()
    print(f"失败: {failed.exception()}（{since()}）；还有 {len(pending)} 个未完成，它们仍在运行:")
    await asyncio.wait(pending)

    print("\nwait(ALL_COMPLETED) ~ Promise.allSettled")
    tasks = start(True)
    await asyncio.wait(tasks)  # 默认行为：等待每一个任务；这里不会抛出任何异常
    outcomes = "、".join("失败" if t.exception() else "成功" for t in tasks)
    print(f"结局: {outcomes}（{since()}）")

    print("\nPromise.any 在 asyncio 里没有对应物：用 as_completed，跳过失败的")
    tasks = start(True)
    for next_done in asyncio.as_completed(tasks):
        try:
            user = await next_done
        except LookupError:
            continue
        print(f"第一个成功的: {user['name']}（{since()}）")
        break
    await asyncio.wait(tasks)


asyncio.run(main())
