# Python 版的完整程序：带计时轨迹的基本异步生成器、思考步骤，以及边到边打印的词流。
import asyncio
import time


# 秒表：stopwatch() 启动一个，调用它返回的函数就读数。
def stopwatch():
    start = time.perf_counter()
    return lambda: f"{(time.perf_counter() - start) * 1000:.0f} ms"


# 1. 一个基本的异步生成器。只有有人要值的时候，它的函数体才运行。
async def async_basic(elapsed):
    print(f"  [{elapsed()}] async_basic: 函数体开始")
    for i in range(3):
        await asyncio.sleep(0.1)  # 挂起这个生成器；在此期间事件循环是空闲的
        yield f"异步项 {i}"


# 2. 进度消息：先产出，再等待。
async def simulate_thinking():
    steps = [
        "正在理解问题……",
        "正在检索知识库……",
        "正在分析上下文……",
        "正在规划答案……",
        "正在写出答案……",
    ]
    for step in steps:
        yield step
        await asyncio.sleep(0.05)


# 3. 一个词流。Python 标准库没有中文分词器，所以输入里先用空格把词隔开，
#    split() 再按空格切分。中文词与词之间不留空格，所以每个词后面拼上的是空字符串。
async def word_stream(text):
    for word in text.split():
        yield word + ""
        await asyncio.sleep(0.03)


# 4. 一个消费者，每一段一到就显示出来：`end=""` 让这一行保持不换行，
#    `flush=True` 让这一段立刻输出，而不是等到行尾。
async def print_as_it_arrives(stream):
    async for piece in stream:
        print(piece, end="", flush=True)
    print()


# 5. main()：按顺序运行三个演示，由最下面的 asyncio.run() 启动。
async def main():
    rule = "=" * 40

    print(rule)
    print("1. 一个基本的异步生成器")
    print(rule)
    elapsed = stopwatch()
    basic = async_basic(elapsed)
    print(f"  [{elapsed()}] 生成器已创建；还什么都没运行")
    async for item in basic:
        print(f'  [{elapsed()}] 拿到“{item}”')

    print(rule)
    print("2. 模拟思考过程")
    print(rule)
    elapsed = stopwatch()
    async for step in simulate_thinking():
        print(f"  [{elapsed()}] {step}")
        await asyncio.sleep(0.03)  # 消费者自己的工作：生成器要等它做完
    print(f"  [{elapsed()}] 完成")

    print(rule)
    print("3. 一个词流")
    print(rule)
    await print_as_it_arrives(word_stream("AI 流式 输出 让 对话 更加 自然 流畅"))


asyncio.run(main())
