# `async def` with `yield` in it is an async generator: await and yield in the same body.
import asyncio


async def count_up(limit: int):
    for i in range(limit):
        await asyncio.sleep(0.1)  # some asynchronous work before each value
        yield i


async def main() -> None:
    async for value in count_up(5):
        print(f"Value: {value}")

    # The generator object already speaks the protocol: it is its own async iterator.
    gen = count_up(1)
    print("aiter(gen) is gen:", aiter(gen) is gen)
    print("type(gen).__name__:", type(gen).__name__)

    # TypeScript allows yield* in an async generator; Python has no `yield from` there.
    try:
        compile("async def f():\n    yield from [1, 2]\n", "<example>", "exec")
    except SyntaxError as err:
        print("SyntaxError:", err.msg)


asyncio.run(main())
