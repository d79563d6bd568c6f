# 一个以 12 字节为一块到达的字节流，用增量 UTF-8 解码器切分成完整的行。
import asyncio
import codecs


# 代替 aiohttp 的 response.content：字节以 12 字节为一块、每隔 50 ms 到达一块。
# 数据块不管行尾在哪里，甚至会把 "ë" 劈成两半。
class FakeContent:
    def __init__(self, data):
        self.data = data

    async def iter_chunked(self, size):
        for offset in range(0, len(self.data), size):
            await asyncio.sleep(0.05)
            yield self.data[offset : offset + size]


# 流里的数据块，每到一块就报告一次。
async def chunks_of(content):
    async for chunk in content.iter_chunked(12):
        print(f"  （到达一个 {len(chunk)} 字节的数据块）")
        yield chunk


# 完整的行，不管数据块怎么切分。（aiohttp 也可以直接按行迭代 response.content，
# 得到的是字节；这里是通用的办法，逐行读取文件也是这个办法。）
async def lines_of(chunks):
    decoder = codecs.getincrementaldecoder("utf-8")()
    buffered = ""
    async for chunk in chunks:
        buffered += decoder.decode(chunk)  # 半个字符会留到下一次
        *lines, buffered = buffered.split("\n")
        for line in lines:
            yield line
    buffered += decoder.decode(b"", final=True)  # 把剩下的冲刷出来
    if buffered:
        yield buffered


async def main():
    body = FakeContent("id,name\n1,Ada\n2,Grace\n3,Chloé\n4,Zoë".encode())
    async for line in lines_of(chunks_of(body)):
        print(f"行: {line}")


asyncio.run(main())
