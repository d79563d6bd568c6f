# An async generator is lazy until the first anext(), and it ends with StopAsyncIteration.
import asyncio


async def steps():
    print("  [steps] body starts")
    await asyncio.sleep(0.05)
    yield "first"
    await asyncio.sleep(0.05)
    yield "second"
    # No `return 2` here: a return with a value is a SyntaxError in an async generator.


async def main() -> None:
    gen = steps()
    print("steps() called: the body has not run")
    await asyncio.sleep(0.1)
    print("100 ms later, still nothing; now the first anext()")
    print(await anext(gen))
    print(await anext(gen))
    for attempt in ["the end", "finished for good"]:
        try:
            await anext(gen)
        except StopAsyncIteration:
            print(f"StopAsyncIteration: {attempt}")

    print("async for over a fresh generator:")
    async for step in steps():
        print(f"  loop body got {step}")

    # TypeScript's async generators may return a value (it rides on done: true); Python's may not.
    try:
        compile("async def f():\n    yield 1\n    return 2\n", "<example>", "exec")
    except SyntaxError as err:
        print("SyntaxError:", err.msg)


asyncio.run(main())
