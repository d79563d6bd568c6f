# asend(v), athrow(e) and aclose(): TypeScript calls them next(v), throw(e) and return(v).
import asyncio


async def tally():
    total = 0
    try:
        while True:
            try:
                total += yield total  # asend(n) delivers n here
            except ValueError as err:
                print("tally caught:", err)  # athrow(e) lands here
    finally:
        print("tally: cleanup")


async def main() -> None:
    t = tally()
    try:
        await t.asend(7)  # TypeScript drops a value sent first; Python refuses it
    except TypeError as err:
        print("TypeError:", err)
    print(await t.asend(None))  # runs to the first yield (anext(t) does the same)
    print(await t.asend(5))
    print(await t.asend(10))
    print(await t.athrow(ValueError("bad input")))  # caught inside, so the generator goes on
    print("aclose() gave", await t.aclose())  # runs finally; no value comes back
    try:
        await t.asend(1)
    except StopAsyncIteration:
        print("StopAsyncIteration: finished for good")


asyncio.run(main())
