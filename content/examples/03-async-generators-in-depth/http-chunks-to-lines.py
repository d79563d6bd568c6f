# A byte stream that arrives in 12-byte chunks, split into whole lines with an incremental UTF-8 decoder.
import asyncio
import codecs


# A stand-in for aiohttp's response.content: bytes that arrive in 12-byte chunks,
# 50 ms apart. Chunks ignore line ends, and even split "ë" in two.
class FakeContent:
    def __init__(self, data):
        self.data = data

    async def iter_chunked(self, size):
        for offset in range(0, len(self.data), size):
            await asyncio.sleep(0.05)
            yield self.data[offset : offset + size]


# Chunks of a stream, reporting each one as it arrives.
async def chunks_of(content):
    async for chunk in content.iter_chunked(12):
        print(f"  (a {len(chunk)}-byte chunk arrived)")
        yield chunk


# Whole lines, however the chunks fall. (aiohttp can also iterate response.content line
# by line, as bytes; this is the general way, and also how you read a file line by line.)
async def lines_of(chunks):
    decoder = codecs.getincrementaldecoder("utf-8")()
    buffered = ""
    async for chunk in chunks:
        buffered += decoder.decode(chunk)  # keeps half a character for later
        *lines, buffered = buffered.split("\n")
        for line in lines:
            yield line
    buffered += decoder.decode(b"", final=True)  # flush
    if buffered:
        yield buffered


async def main():
    body = FakeContent("id,name\n1,Ada\n2,Grace\n3,Chloé\n4,Zoë".encode())
    async for line in lines_of(chunks_of(body)):
        print(f"line: {line}")


asyncio.run(main())
