# `async def` makes a coroutine function; `await` runs its coroutine and unwraps the result.
import asyncio


async def fetch_user(user_id: int) -> dict:
    await asyncio.sleep(0.1)  # suspends only this coroutine; the event loop runs other work meanwhile
    return {"id": user_id, "name": f"user{user_id}"}


async def not_found() -> None:
    raise LookupError("not found")


async def load_name() -> str:
    user = await fetch_user(1)  # await gives the coroutine's return value
    print("load_name got", user)
    try:
        await not_found()  # an exception raised inside comes out at the await
    except LookupError as err:
        print("load_name caught:", err)
    return user["name"]


# Even a coroutine function that never awaits must be awaited to run.
async def answer() -> int:
    return 42


async def main() -> None:
    name = await load_name()
    print("main got", name)
    p = answer()  # a coroutine object: nothing has run yet (TypeScript: a promise, already running)
    print(type(p).__name__, await p)


# No top-level await in a Python script: asyncio.run starts an event loop,
# runs main() in it until it is done, and closes the loop.
asyncio.run(main())
