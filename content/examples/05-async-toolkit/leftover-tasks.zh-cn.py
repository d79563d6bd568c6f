# main() 返回时仍在运行的任务会被 asyncio.run 取消（Node 则让它们做完）。
import asyncio

background_tasks = set()


async def background():
    try:
        await asyncio.sleep(0.1)
        print("后台任务: 工作做完了")
    except asyncio.CancelledError:
        print("后台任务: 被 asyncio.run 取消了")
        raise
    finally:
        print("后台任务: finally")


async def main():
    task = asyncio.create_task(background())
    background_tasks.add(task)  # 存进集合里，这样只有 asyncio.run 能结束它
    await asyncio.sleep(0)  # 让事件循环转一轮：任务开始运行，进入它的 sleep
    print("main() 返回")


asyncio.run(main())
# asyncio.run 取消了这个任务，等它结束，然后才返回。
print(f"asyncio.run 之后，任务已被取消: {next(iter(background_tasks)).cancelled()}")
