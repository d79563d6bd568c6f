# 在 Python 里，调用了却没有 await 的协程根本不会运行：Python 会警告“从未被 await”，而 JavaScript 会照样运行并且一声不吭。
import asyncio
import warnings


# 每条警告只打印一行（默认的格式还会打印脚本的路径）。
def show_warning(message, category, filename, lineno, file=None, line=None):
    print(f"  {category.__name__}: {message}")


warnings.showwarning = show_warning

database = []


async def save_user(name):
    await asyncio.sleep(0.1)
    database.append(name)
    print(f"  已保存 {name}")


async def sign_up(name):
    try:
        save_user(name)  # 忘了 `await`：协程对象被创建、被丢弃，从未运行
    except Exception as err:
        print(f"不会打印: {err}")
    print(f"sign_up({name}) 返回了")


async def main():
    await sign_up("ada")
    print(f"数据库里的用户数: {len(database)}")
    await asyncio.sleep(0.2)
    print(f"200 ms 之后: {len(database)} 个用户；保存从未执行")


asyncio.run(main())
