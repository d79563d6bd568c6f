# In Python, `break` leaves an async generator suspended: its finally runs only once it is closed.
import asyncio
import itertools
from contextlib import aclosing


async def open_connection(name: str):
    print(f"  [{name}] connection opened")
    try:
        for i in itertools.count(1):
            await asyncio.sleep(0.05)
            yield i
    finally:
        await asyncio.sleep(0.05)  # asynchronous cleanup, e.g. telling the server goodbye
        print(f"  [{name}] finally: connection closed")


async def main() -> None:
    # break: async for does not call aclose(), so A stays open, paused at its yield.
    # (Without the name `conn`, A would be garbage at once, and the event loop's
    # finalizer would close it in the background, at a moment you do not choose.)
    conn = open_connection("A")
    async for n in conn:
        print(f"got {n}")
        if n == 3:
            break
    print("after the loop: A is still open")
    await conn.aclose()  # closing it yourself runs the finally, its await included
    print("after aclose(): A is closed")

    # contextlib.aclosing closes it when the block ends, as TypeScript's for await does by itself.
    async with aclosing(open_connection("B")) as conn:
        async for n in conn:
            print(f"got {n}")
            if n == 2:
                break
    print("after the async with: B is already closed")

    # The same when the loop body raises: cleanup first, then your except.
    try:
        async with aclosing(open_connection("C")) as conn:
            async for n in conn:
                if n == 2:
                    raise RuntimeError("consumer failed")
    except RuntimeError as err:
        print(f'caught "{err}": C is already closed')


asyncio.run(main())
