# 在 async/await 之前，asyncio 驱动的是产出可等待对象的生成器：下面的 run() 手工做这件事。
import asyncio


def run(gen):
    """驱动一个产出可等待对象的生成器；返回一个 Future，代表它的返回值。"""
    done = asyncio.get_running_loop().create_future()

    def step(resume):
        try:
            awaitable = resume()
        except StopIteration as stop:
            done.set_result(stop.value)  # 生成器返回了：这个“协程”完成
            return
        except Exception as err:
            done.set_exception(err)  # 生成器抛出了异常：这个“协程”失败
            return
        fut = asyncio.ensure_future(awaitable)

        def wake(fut):
            if fut.exception() is None:
                step(lambda: gen.send(fut.result()))  # 把结果送进去
            else:
                step(lambda: gen.throw(fut.exception()))  # 或者在 yield 处抛出错误

        fut.add_done_callback(wake)

    step(lambda: gen.send(None))
    return done


def greet(name, delay):
    print(f"{name}: 开始")
    yield asyncio.sleep(delay)  # 扮演 `await asyncio.sleep(delay)` 的角色
    print(f"{name}: {delay * 1000:.0f} ms 后醒来")
    size = yield asyncio.sleep(0, len(name))  # sleep(0, result) 会把 result 交回来
    return f"{name} 有 {size} 个字母"


# 用 async/await 写的同一个函数：asyncio 的 Task 就是驱动器，
# 它和 run() 一样，用 send() 和 throw() 恢复协程。
async def greet_async(name, delay):
    print(f"{name}: 开始")
    await asyncio.sleep(delay)
    print(f"{name}: {delay * 1000:.0f} ms 后醒来")
    size = await asyncio.sleep(0, len(name))
    return f"{name} 有 {size} 个字母"


# 一个“协程”等待时，另一个在运行：两段等待互相重叠。
async def main():
    print(await asyncio.gather(run(greet("alpha", 0.2)), run(greet("beta", 0.1))))
    print(await asyncio.gather(greet_async("gamma", 0.2), greet_async("delta", 0.1)))


asyncio.run(main())
