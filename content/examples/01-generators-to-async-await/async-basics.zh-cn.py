# `async def` 定义协程函数；`await` 运行它的协程并取出结果。
import asyncio


async def fetch_user(user_id: int) -> dict:
    await asyncio.sleep(0.1)  # 只挂起这个协程；与此同时事件循环去运行别的工作
    return {"id": user_id, "name": f"用户{user_id}"}


async def not_found() -> None:
    raise LookupError("未找到")


async def load_name() -> str:
    user = await fetch_user(1)  # await 得到协程的返回值
    print("load_name 拿到", user)
    try:
        await not_found()  # 协程内部抛出的异常会在 await 处出来
    except LookupError as err:
        print("load_name 捕获:", err)
    return user["name"]


# 即使协程函数从不 await，也要 await 它才会运行。
async def answer() -> int:
    return 42


async def main() -> None:
    name = await load_name()
    print("main 拿到", name)
    p = answer()  # 一个协程对象：什么都还没运行（TypeScript 里是一个已经在运行的 Promise）
    print(type(p).__name__, await p)


# Python 脚本没有顶层 await：asyncio.run 启动一个事件循环，
# 在里面运行 main() 直到结束，再关闭事件循环。
asyncio.run(main())
