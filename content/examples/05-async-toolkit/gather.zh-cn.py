# asyncio.gather：三个调用的等待相互重叠，结果按输入顺序返回；`return_exceptions=True` 则把每个失败放在它自己的位置交回。
import asyncio
import time


async def fetch_user(user_id, fail=False):
    await asyncio.sleep(0.3)
    if fail:
        raise LookupError(f"找不到用户 {user_id}")
    return {"id": user_id, "name": f"User_{user_id}"}


async def main():
    # 三个调用同时运行，等待相互重叠：大约 300 ms，而不是 900。
    t0 = time.perf_counter()
    users = await asyncio.gather(fetch_user(1), fetch_user(2), fetch_user(3))
    print(users)
    print(f"gather: {(time.perf_counter() - t0) * 1000:.0f} ms")

    # 其中一个失败：有了 `return_exceptions=True`，异常会作为结果交回来。
    t0 = time.perf_counter()
    results = await asyncio.gather(fetch_user(1), fetch_user(2, fail=True), fetch_user(3), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print(f"出错: {r}")
        else:
            print(f"成功: {r['name']}")
    print(f"gather(return_exceptions=True): {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
