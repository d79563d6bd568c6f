# An AI answer as an async generator: thinking records first, then the text character by character, printed as it arrives.
import asyncio
from dataclasses import dataclass


# What the stream carries: two record types, so the consumer can match on them.
@dataclass
class Thinking:
    step: str


@dataclass
class Content:
    text: str


# Stands in for the model call.
async def generate_answer(question):
    await asyncio.sleep(0.1)
    return f'Yes: "{question}" can be answered one character at a time.'


async def ai_response_stream(question):
    # 1. Progress records, so the user sees that something is happening.
    for step in ["Understanding the question", "Searching knowledge", "Composing the answer"]:
        yield Thinking(step)
        await asyncio.sleep(0.08)
    # 2. The answer, streamed character by character.
    answer = await generate_answer(question)
    for char in answer:
        yield Content(char)
        await asyncio.sleep(0.004)


async def main():
    # The UI side: show thinking steps as they come, and each character the moment it arrives.
    characters = 0
    async for event in ai_response_stream("Can you stream?"):
        match event:
            case Thinking(step=step):
                print(f"(thinking) {step}...")
            case Content(text=text):
                print(text, end="", flush=True)  # the line grows in place
                characters += 1
    print()
    print(f"({characters} characters streamed)")


asyncio.run(main())
