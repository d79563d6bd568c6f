# async with, the original that await using copies: an enter hook, exits in reverse order, an exit that sees the error and may swallow it.
import asyncio


class Connection:
    def __init__(self, name, close_fails=False, swallow=False):
        self.name = name
        self.close_fails = close_fails
        self.swallow = swallow

    async def __aenter__(self):  # the enter hook that await using lacks
        await asyncio.sleep(0.01)
        print(f"  open {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):  # receives the block's exception, if any
        await asyncio.sleep(0.01)
        print(f"  close {self.name}" + (f" (the block raised {exc_type.__name__})" if exc_type else ""))
        if self.close_fails:
            raise RuntimeError(f"closing {self.name} failed")
        return self.swallow  # True swallows the block's exception


async def main():
    print("--- the block ends normally ---")
    async with Connection("a"), Connection("b"):
        print("  working with a and b")
    # closed in reverse order: b, then a

    print("--- the block raises ---")
    try:
        async with Connection("c"):
            raise ValueError("the block failed")
    except ValueError as err:
        print(f"caught: {err}")

    print("--- __aexit__ returns True ---")
    async with Connection("s", swallow=True):
        raise ValueError("the block failed")
    print("after the block: the error was swallowed")

    print("--- the block raises, and closing fails too ---")
    try:
        async with Connection("d", close_fails=True):
            raise ValueError("the block failed")
    except RuntimeError as err:
        # JavaScript wraps the two in a SuppressedError; Python raises the exit's
        # exception and keeps the block's one as its __context__.
        print(f"caught {type(err).__name__}: {err}; __context__: {err.__context__}")


asyncio.run(main())
