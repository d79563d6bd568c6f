# asyncio.gather: three calls whose waits overlap, results in input order; return_exceptions=True hands back each failure in its place.
import asyncio
import time


async def fetch_user(user_id, fail=False):
    await asyncio.sleep(0.3)
    if fail:
        raise LookupError(f"user {user_id} not found")
    return {"id": user_id, "name": f"User_{user_id}"}


async def main():
    # The three calls run at once, so the waits overlap: about 300 ms, not 900.
    t0 = time.perf_counter()
    users = await asyncio.gather(fetch_user(1), fetch_user(2), fetch_user(3))
    print(users)
    print(f"gather: {(time.perf_counter() - t0) * 1000:.0f} ms")

    # One of them fails: with return_exceptions=True the exception comes back as a result.
    t0 = time.perf_counter()
    results = await asyncio.gather(fetch_user(1), fetch_user(2, fail=True), fetch_user(3), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print(f"error: {r}")
        else:
            print(f"ok:    {r['name']}")
    print(f"gather(return_exceptions=True): {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
