# Before async/await, asyncio drove generators that yield awaitables: run() below does it by hand.
import asyncio


def run(gen):
    """Drives a generator that yields awaitables; returns a Future of what it returns."""
    done = asyncio.get_running_loop().create_future()

    def step(resume):
        try:
            awaitable = resume()
        except StopIteration as stop:
            done.set_result(stop.value)  # the generator returned: the "coroutine" is done
            return
        except Exception as err:
            done.set_exception(err)  # the generator raised: the "coroutine" fails
            return
        fut = asyncio.ensure_future(awaitable)

        def wake(fut):
            if fut.exception() is None:
                step(lambda: gen.send(fut.result()))  # send the result in
            else:
                step(lambda: gen.throw(fut.exception()))  # or raise the error at the yield

        fut.add_done_callback(wake)

    step(lambda: gen.send(None))
    return done


def greet(name, delay):
    print(f"{name}: start")
    yield asyncio.sleep(delay)  # plays the part of `await asyncio.sleep(delay)`
    print(f"{name}: woke up after {delay * 1000:.0f} ms")
    size = yield asyncio.sleep(0, len(name))  # sleep(0, result) hands its result back
    return f"{name} has {size} letters"


# The same function written with async/await: an asyncio Task is the driver,
# and it resumes the coroutine with send() and throw() just as run() does.
async def greet_async(name, delay):
    print(f"{name}: start")
    await asyncio.sleep(delay)
    print(f"{name}: woke up after {delay * 1000:.0f} ms")
    size = await asyncio.sleep(0, len(name))
    return f"{name} has {size} letters"


# While one "coroutine" waits, the other runs: the two waits overlap.
async def main():
    print(await asyncio.gather(run(greet("alpha", 0.2)), run(greet("beta", 0.1))))
    print(await asyncio.gather(greet_async("gamma", 0.2), greet_async("delta", 0.1)))


asyncio.run(main())
