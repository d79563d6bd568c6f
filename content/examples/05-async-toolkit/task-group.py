# asyncio.TaskGroup: tasks that succeed or stop together; the first failure cancels the siblings, and except* catches the ExceptionGroup.
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
        cancelled.append(f"user {user_id}")
        raise  # a cancelled task must let CancelledError through, or it delays its group
    if fail:
        print(f"  user {user_id} fails ({since()})")
        raise LookupError(f"user {user_id} not found")
    print(f"  user {user_id} done ({since()})")
    return {"id": user_id, "name": f"User_{user_id}"}


async def main():
    global t0
    print("All succeed:")
    t0 = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tasks = [
            tg.create_task(fetch_user(1, 0.3)),
            tg.create_task(fetch_user(2, 0.1)),
            tg.create_task(fetch_user(3, 0.2)),
        ]
    # Leaving the block waited for every task.
    print(f"results: {', '.join(t.result()['name'] for t in tasks)} ({since()})")

    print("\nUser 2 fails:")
    t0 = time.perf_counter()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch_user(1, 0.3))
            tg.create_task(fetch_user(2, 0.1, fail=True))
            tg.create_task(fetch_user(3, 0.2))
    except* LookupError as group:
        # The group cancels the others in no fixed order, so the names are sorted here.
        print(f"  cancelled: {', '.join(sorted(cancelled))} ({since()})")
        messages = "; ".join(str(e) for e in group.exceptions)
        print(f"{type(group).__name__} with {len(group.exceptions)} error(s): {messages} ({since()})")


asyncio.run(main())
