# A scratchpad for async Python. Edit anything, then press Run (Ctrl+Enter).
import asyncio
from collections.abc import AsyncIterator


async def countdown(start: int) -> AsyncIterator[int]:
    for n in range(start, 0, -1):
        await asyncio.sleep(0.2)
        yield n
    # An async generator cannot `return` a value in Python: it simply ends here.


async def main() -> None:
    async for n in countdown(3):
        print(n)
    print({"status": "done"})


asyncio.run(main())
