# asyncio.run cancels the tasks still running when main() returns (Node lets them finish).
import asyncio

background_tasks = set()


async def background():
    try:
        await asyncio.sleep(0.1)
        print("background: finished its work")
    except asyncio.CancelledError:
        print("background: cancelled by asyncio.run")
        raise
    finally:
        print("background: finally")


async def main():
    task = asyncio.create_task(background())
    background_tasks.add(task)  # kept in a set, so that only asyncio.run can end it
    await asyncio.sleep(0)  # one turn of the loop: the task starts and begins its sleep
    print("main() returns")


asyncio.run(main())
# asyncio.run cancelled the task, waited for it, and only then returned.
print(f"after asyncio.run: cancelled? {next(iter(background_tasks)).cancelled()}")
