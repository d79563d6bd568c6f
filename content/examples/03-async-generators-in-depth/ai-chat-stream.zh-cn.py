# 把 AI 的回答写成异步生成器：先是思考记录，再一个字符一个字符地送出正文，边到边打印。
import asyncio
from dataclasses import dataclass


# 流里传的是什么：两种记录类型，消费者可以用 match 分情况处理。
@dataclass
class Thinking:
    step: str


@dataclass
class Content:
    text: str


# 代替对模型的调用。
async def generate_answer(question):
    await asyncio.sleep(0.1)
    return f"可以：“{question}” 这个问题 可以 一个字 一个字地 回答。"


async def ai_response_stream(question):
    # 1. 进度记录，让用户看到事情正在进行。
    for step in ["理解问题", "检索知识", "组织答案"]:
        yield Thinking(step)
        await asyncio.sleep(0.08)
    # 2. 答案，一个字符一个字符地流式送出。
    answer = await generate_answer(question)
    for char in answer:
        yield Content(char)
        await asyncio.sleep(0.004)


async def main():
    # UI 这一侧：思考步骤来一个显示一个，答案的每个字符一到就显示。
    characters = 0
    async for event in ai_response_stream("能流式输出吗？"):
        match event:
            case Thinking(step=step):
                print(f"（思考中）{step}……")
            case Content(text=text):
                print(text, end="", flush=True)  # 这一行原地变长
                characters += 1
    print()
    print(f"（流式送出了 {characters} 个字符）")


asyncio.run(main())
