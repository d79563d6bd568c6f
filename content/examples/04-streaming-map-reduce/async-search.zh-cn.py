# Python 版的流式映射-归约搜索：映射步骤用 gather，先发出上下文记录，再用 `async for` 转发归约步骤。
import asyncio
import time
from dataclasses import dataclass


# 搜索产出的内容：先是它用到的上下文，然后是一段一段的答案。
@dataclass
class ContextRecord:
    records: str


@dataclass
class TokenRecord:
    text: str


# 代替一个真正的上下文构建器（数据库、向量索引……）。
class ContextBuilder:
    def build_context(self):
        return ["chunk1", "chunk2", "chunk3"], "初始上下文记录"


class PrintingCallback:
    def on_map_response_start(self, context_chunks):
        print("回调: 映射开始，上下文文本块:", context_chunks)

    def on_map_response_end(self, map_responses):
        print("回调: 映射结束，结果:", map_responses)


class AsyncSearch:
    def __init__(self, context_builder, callbacks):
        self.context_builder = context_builder
        self.callbacks = callbacks

    # 映射：每个文本块一次模拟的模型调用（每次等待 300 ms）。
    async def _map_one(self, chunk, query):
        await asyncio.sleep(0.3)
        return f"已处理 {chunk}，查询为 '{query}'"

    # 归约：流式输出最终答案，每 300 ms 一段。
    async def _stream_reduce(self, map_responses):
        for response in map_responses:
            await asyncio.sleep(0.3)
            yield TokenRecord(f"归约结果: {response}")

    async def stream_search(self, query):
        chunks, records = self.context_builder.build_context()

        for callback in self.callbacks:
            callback.on_map_response_start(chunks)
        # 这些协程什么也不做，直到 gather 把它们包成任务、一起运行。
        map_responses = await asyncio.gather(*(self._map_one(chunk, query) for chunk in chunks))
        for callback in self.callbacks:
            callback.on_map_response_end(map_responses)

        yield ContextRecord(records)  # 先发出上下文……
        # ……再发出答案的每一段。在异步生成器里 `yield from` 是 SyntaxError，
        # 所以转发要写一个循环（TypeScript：`yield*`）。
        async for token in self._stream_reduce(map_responses):
            yield token


async def main():
    t0 = time.perf_counter()
    search = AsyncSearch(ContextBuilder(), [PrintingCallback()])
    async for record in search.stream_search("示例查询"):
        match record:
            case ContextRecord(records=records):
                print("收到:", records)
            case TokenRecord(text=text):
                print("收到:", text)
    print(f"整个搜索: {(time.perf_counter() - t0) * 1000:.0f} ms")


asyncio.run(main())
