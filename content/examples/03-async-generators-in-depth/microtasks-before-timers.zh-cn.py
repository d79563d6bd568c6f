# asyncio 没有微任务：只有一个就绪队列，而无事可等的 await 根本不会把控制交还给事件循环。
import asyncio


async def finished():
    return 1  # 从头到尾都不挂起，直接返回


async def other_task():
    print("D. 另一个任务的第一步：由 create_task 排进队列，排在 C 后面")


async def main():
    loop = asyncio.get_running_loop()

    # 1. 事件循环一轮里的顺序。
    print("A. main() 在运行（它就是当前的任务）")
    loop.call_soon(print, "C. 一个 call_soon 回调：就绪队列里的第一个")
    asyncio.create_task(other_task())
    await finished()  # await 一个协程，会就地把它执行完
    fut = loop.create_future()
    fut.set_result(2)
    await fut  # 已经完成的 future 会立刻返回
    print("B. 两次 await 之后：别的代码还一行都没运行")
    await asyncio.sleep(0)  # 真正的挂起：C 和 D 先运行，然后 main() 才恢复
    print("E. 又回到 main()，在 await asyncio.sleep(0) 之后")

    # 2. 从不挂起的 await，什么也放不进来。
    ran = False

    def mark():
        nonlocal ran
        ran = True

    loop.call_soon(mark)
    for _ in range(10_000):
        await finished()
    print(f"await 了 10,000 次之后，回调执行了吗？{ran}")

    await asyncio.sleep(0)
    print(f"await asyncio.sleep(0) 之后，它执行了吗？{ran}")
    # 这里特意不用定时器：在 CPython 里，已经到期的定时器要到下一轮开始时才进入就绪队列，
    # 所以需要第二次 sleep(0)；在浏览器里，Pyodide 的事件循环把每个回调都交给 JavaScript，
    # 这样的定时器在第一次之后就会执行。


asyncio.run(main())
