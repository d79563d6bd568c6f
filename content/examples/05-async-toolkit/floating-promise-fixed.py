# Await what you start; for background work, keep a reference to each task and look at its exception in a done callback.
import asyncio

database = []


async def save_user(name):
    await asyncio.sleep(0.1)
    if name == "":
        raise ValueError("empty name")
    database.append(name)
    print(f"  saved {name}")


async def sign_up(name):
    try:
        await save_user(name)
    except ValueError as err:
        print(f"sign_up failed: {err}")
    print(f"sign_up({name!r}) returned")


# Deliberate background work. The event loop keeps only weak references to tasks,
# so hold a strong one until the task is done, and retrieve its exception there.
background = set()


def report(task):
    if not task.cancelled() and task.exception() is not None:
        print(f"background task failed: {task.exception()}")


def in_background(coro):
    task = asyncio.create_task(coro)
    background.add(task)
    task.add_done_callback(report)
    task.add_done_callback(background.discard)


async def main():
    await sign_up("ada")
    await sign_up("")  # the error now reaches the try/except
    print(f"users in the database: {len(database)}")

    in_background(save_user("grace"))
    in_background(save_user(""))
    print(f"{len(background)} background tasks running")
    await asyncio.gather(*background, return_exceptions=True)  # before shutting down
    print(f"users in the database: {len(database)}")


asyncio.run(main())
