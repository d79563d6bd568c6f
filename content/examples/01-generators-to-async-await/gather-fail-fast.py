# asyncio.gather: results in INPUT order; the first exception comes out at once, and nothing is cancelled.
import asyncio


async def job(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    print(f"  {name} finished")
    return name


async def main() -> None:
    # Results in the order of the arguments, not of finishing (TypeScript: Promise.all).
    print(await asyncio.gather(job("a", 0.1), job("b", 0.05)))

    # Tasks, not bare coroutines: a coroutine can be awaited only once, and these are gathered twice.
    jobs = [
        asyncio.create_task(job("slow", 0.2)),
        asyncio.create_task(job("broken", 0.05, fail=True)),
        asyncio.create_task(job("medium", 0.1)),
    ]
    try:
        await asyncio.gather(*jobs)
    except RuntimeError as err:
        print("gather raised:", err)

    # return_exceptions=True is TypeScript's Promise.allSettled: wait for all, keep the errors.
    for result in await asyncio.gather(*jobs, return_exceptions=True):
        print(f"error: {result}" if isinstance(result, Exception) else f"ok: {result}")


asyncio.run(main())
