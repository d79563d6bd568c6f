# In Python nothing starts on a call: a coroutine is inert, create_task only schedules it, and a Task's state can be read with done() and result().
import asyncio


async def fetch_data(url):
    print(f"  fetch_data({url}): body starts")
    await asyncio.sleep(0.3)  # simulated I/O
    print(f"  fetch_data({url}): I/O done")
    return {"url": url, "status": "ok"}


async def main():
    print("1. calling fetch_data('/a')")
    coro = fetch_data("/a")
    print("2. the call returned a coroutine; its body has not run")
    task = asyncio.create_task(coro)
    print(f"3. create_task scheduled it; done? {task.done()}")
    await asyncio.sleep(0)  # main() gives the loop a turn: only now does the body start
    print(f"4. after one turn of the loop; done? {task.done()}")
    await task
    print(f"5. done? {task.done()}")
    print(f"6. result: {task.result()}")  # a Task's outcome can be read synchronously

    # Python's laziness is the default: a coroutine object runs nothing until awaited.
    # (Python 3.12's eager_task_factory makes create_task start the body at once, as JavaScript does.)
    later = fetch_data("/b")
    print("7. holding a coroutine: nothing has started for '/b'")
    await asyncio.sleep(0.1)
    print("8. awaiting it now")
    await later
    print("9. finished")


asyncio.run(main())
