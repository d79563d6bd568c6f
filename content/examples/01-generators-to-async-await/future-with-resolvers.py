# An asyncio Future: an awaitable whose result someone else sets later (TypeScript: Promise.withResolvers()).
import asyncio


async def main() -> None:
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    # Someone else settles it later (TypeScript: resolve(42)).
    loop.call_later(0.1, fut.set_result, 42)

    # Unlike a promise, a Future can tell you its state at any time.
    print("done yet?", fut.done())
    print("got", await fut)
    print("done yet?", fut.done(), "| result():", fut.result())

    # Settling it again is an error (TypeScript silently ignores it).
    try:
        fut.set_result(43)
    except asyncio.InvalidStateError as err:
        print("set_result again:", type(err).__name__)
    print("still", await fut)

    # set_exception() is TypeScript's reject(): awaiting the future raises.
    failing = loop.create_future()
    loop.call_later(0.05, failing.set_exception, LookupError("no answer"))
    try:
        await failing
    except LookupError as err:
        print("caught:", err)

    # A Future can also be cancelled, which a promise cannot.
    dropped = loop.create_future()
    dropped.cancel()
    print("cancelled?", dropped.cancelled())


asyncio.run(main())
