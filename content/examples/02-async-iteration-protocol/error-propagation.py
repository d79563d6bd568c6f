# An exception raised inside an async generator comes out of the consumer's async for.
import asyncio


async def risky():
    yield "First"
    await asyncio.sleep(0.1)
    yield "Second"
    raise ValueError("Something went wrong")


async def main() -> None:
    gen = risky()
    try:
        async for value in gen:
            print(f"Value: {value}")
        print("never printed")
    except ValueError as err:
        # The exception leaves the generator through __anext__(),
        # so a try/except around async for catches it.
        print(f"Caught {type(err).__name__}: {err}")

    # A generator that raised is finished: it yields nothing more.
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("after the error: StopAsyncIteration")


asyncio.run(main())
