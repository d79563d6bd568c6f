# asyncio.as_completed: results in the order the tasks finish; a failure is raised by its own await, and the loop can go on.
import asyncio
import time


async def fetch_user(user_id, seconds):
    await asyncio.sleep(seconds)
    if user_id == 4:
        raise LookupError(f"user {user_id} not found")
    return {"id": user_id, "name": f"User_{user_id}"}


async def main():
    t0 = time.perf_counter()

    def since():
        return f"{(time.perf_counter() - t0) * 1000:.0f} ms"

    # All five start now; they need 200, 100, 250, 150 and 50 ms. User 4 fails.
    tasks = [asyncio.create_task(fetch_user(i + 1, ms / 1000)) for i, ms in enumerate([200, 100, 250, 150, 50])]
    # Before Python 3.13, as_completed() is a plain iterator of awaitables (3.13 adds async for).
    for next_done in asyncio.as_completed(tasks):
        try:
            user = await next_done
        except LookupError as error:
            print(f"failed: {error} ({since()})")  # and the loop goes on
            continue
        print(f"done: {user['name']} ({since()})")
    print("gather over the same tasks would have raised at 150 ms, with no results at all.")


asyncio.run(main())
