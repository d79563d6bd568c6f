# 在 Python 里，调用并不会启动任何东西：协程是惰性的，create_task 只是安排它，任务的状态可以用 done() 和 result() 读取。
import asyncio


async def fetch_data(url):
    print(f"  fetch_data({url}): 函数体开始")
    await asyncio.sleep(0.3)  # 模拟 I/O
    print(f"  fetch_data({url}): I/O 完成")
    return {"url": url, "status": "ok"}


async def main():
    print("1. 调用 fetch_data('/a')")
    coro = fetch_data("/a")
    print("2. 调用返回了一个协程；函数体还没有运行")
    task = asyncio.create_task(coro)
    print(f"3. create_task 安排好了它；完成了吗？{task.done()}")
    await asyncio.sleep(0)  # main() 把控制交给事件循环一轮：直到这时函数体才开始
    print(f"4. 事件循环转过一轮之后；完成了吗？{task.done()}")
    await task
    print(f"5. 完成了吗？{task.done()}")
    print(f"6. 结果: {task.result()}")  # 任务的结局可以同步地读取

    # 在 Python 里惰性是默认的：协程对象在被 await 之前什么也不运行。
    # （Python 3.12 的 eager_task_factory 会让 create_task 立刻开始运行函数体，和 JavaScript 一样。）
    later = fetch_data("/b")
    print("7. 手里拿着一个协程：'/b' 还什么都没开始")
    await asyncio.sleep(0.1)
    print("8. 现在 await 它")
    await later
    print("9. 结束")


asyncio.run(main())
