# An abandoned async generator is not lost in Python: asyncio closes it in the end, and its finally runs.
import asyncio
from contextlib import aclosing


async def with_cleanup(name: str):
    try:
        for i in range(1, 6):
            await asyncio.sleep(0.02)
            yield i
    finally:
        print(f"  [{name}] finally ran")


async def main() -> None:
    # 1. Take two values by hand, then walk away: the generator stays paused at its yield.
    abandoned = with_cleanup("abandoned")
    print("abandoned:", await anext(abandoned), await anext(abandoned))

    # 2. Take two values, then close it yourself: aclose() raises GeneratorExit
    #    at the yield, so finally runs.
    closed = with_cleanup("closed")
    print("closed:", await anext(closed), await anext(closed))
    print("aclose() gave", await closed.aclose())

    # 3. Or let contextlib.aclosing do it when the block ends.
    async with aclosing(with_cleanup("loop")) as gen:
        async for n in gen:
            if n == 2:
                break

    print("end of main(): 'abandoned' is still paused at its yield")


# asyncio.run closes what is left (the event loop's finalizer, then shutdown_asyncgens()),
# so 'abandoned' prints its finally after all, once main() is over. JavaScript never does.
asyncio.run(main())
