# asyncio.TaskGroup：任务要么一起成功，要么一起停下；第一个失败会取消其余的任务，`except*` 捕获 ExceptionGroup。
import asyncio
import time

t0 = 0.0


def since():
    return f"{(time.perf_counter() - t0) * 1000:.0f} ms"


cancelled = []


async def fetch_user(user_id, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        cancelled.append(f"用户 {user_id}")
        raise  # 被取消的任务必须让 CancelledError 继续传出去，否则会拖住它所在的组
    if fail:
        print(f"  用户 {user_id} 失败（{since()}）")
        raise LookupError(f"找不到用户 {user_id}")
    print(f"  用户 {user_id} 完成（{since()}）")
    return {"id": user_id, "name": f"User_{user_id}"}


async def main():
    global t0
    print("全部成功:")
    t0 = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tasks = [
            tg.create_task(fetch_user(1, 0.3)),
            tg.create_task(fetch_user(2, 0.1)),
            tg.create_task(fetch_user(3, 0.2)),
        ]
    # 离开这个块时，已经等完了每一个任务。
    print(f"结果: {', '.join(t.result()['name'] for t in tasks)}（{since()}）")

    print("\n用户 2 失败:")
    t0 = time.perf_counter()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch_user(1, 0.3))
            tg.create_task(fetch_user(2, 0.1, fail=True))
            tg.create_task(fetch_user(3, 0.2))
    except* LookupError as group:
        # 任务组取消其余任务的顺序不固定，所以这里把名字排了序。
        print(f"  被取消: {'、'.join(sorted(cancelled))}（{since()}）")
        messages = "; ".join(str(e) for e in group.exceptions)
        print(f"{type(group).__name__}，含 {len(group.exceptions)} 个错误: {messages}（{since()}）")


asyncio.run(main())
