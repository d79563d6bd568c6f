# asyncio.wait's three strategies return (done, pending) and cancel nothing; Promise.any has no counterpart, so as_completed stands in.
import asyncio
import time

t0 = 0.0


def since():
    return f"{(time.perf_counter() - t0) * 1000:.0f} ms"


async def fetch_user(user_id, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        print(f"  user {user_id} failed ({since()})")
        raise LookupError(f"user {user_id} failed")
    print(f"  user {user_id} done ({since()})")
    return {"id": user_id, "name": f"User_{user_id}"}


# Users 1, 2, 3 finish after 150, 50 and 100 ms; user 2 may fail instead.
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
    print(f"first: {first.result()['name']} ({since()}); {len(pending)} pending, and they keep running:")
    await asyncio.wait(pending)

    print("\nwait(FIRST_EXCEPTION) ~ Promise.all: fail fast")
    tasks = start(True)
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    failed = done.pop()
    print(f"failed: {failed.exception()} ({since()}); {len(pending)} pending, and they keep running:")
    await asyncio.wait(pending)

    print("\nwait(ALL_COMPLETED) ~ Promise.allSettled")
    tasks = start(True)
    await asyncio.wait(tasks)  # the default: wait for every task; nothing is raised here
    outcomes = ", ".join("failed" if t.exception() else "ok" for t in tasks)
    print(f"outcomes: {outcomes} ({since()})")

    print("\nPromise.any has no asyncio counterpart: as_completed, skipping failures")
    tasks = start(True)
    for next_done in asyncio.as_completed(tasks):
        try:
            user = await next_done
        except LookupError:
            continue
        print(f"first success: {user['name']} ({since()})")
        break
    await asyncio.wait(tasks)


asyncio.run(main())
