# 启动了什么，就 await 什么；对于后台工作，保留每个任务的引用，并在完成回调里查看它的异常。
import asyncio

database = []


async def save_user(name):
    await asyncio.sleep(0.1)
    if name == "":
        raise ValueError("名字为空")
    database.append(name)
    print(f"  已保存 {name}")


async def sign_up(name):
    try:
        await save_user(name)
    except ValueError as err:
        print(f"sign_up 失败: {err}")
    print(f"sign_up({name!r}) 返回了")


# 有意放到后台的工作。事件循环对任务只持有弱引用，
# 所以在任务完成之前要自己保留一个强引用，并在完成时取出它的异常。
background = set()


def report(task):
    if not task.cancelled() and task.exception() is not None:
        print(f"后台任务失败: {task.exception()}")


def in_background(coro):
    task = asyncio.create_task(coro)
    background.add(task)
    task.add_done_callback(report)
    task.add_done_callback(background.discard)


async def main():
    await sign_up("ada")
    await sign_up("")  # 现在错误能到达 try/except 了
    print(f"数据库里的用户数: {len(database)}")

    in_background(save_user("grace"))
    in_background(save_user(""))
    print(f"{len(background)} 个后台任务正在运行")
    await asyncio.gather(*background, return_exceptions=True)  # 在关闭之前
    print(f"数据库里的用户数: {len(database)}")


asyncio.run(main())
