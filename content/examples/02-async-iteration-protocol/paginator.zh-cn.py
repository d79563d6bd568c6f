# 页面进，记录出：一个异步生成器把 API 的分页摊平。
import asyncio


# 一次请求返回一页，每页三条记录。
async def fetch_page(page: int) -> list[str]:
    print(f"  正在获取第 {page} 页")
    await asyncio.sleep(0.1)
    return [f"数据 {page * 10 + i}" for i in range(3)]


async def paginate(max_pages: int):
    for page in range(max_pages):
        # 异步生成器里没有 `yield from`（TypeScript：yield* await fetchPage(page)）。
        for record in await fetch_page(page):
            yield record


async def main() -> None:
    async for record in paginate(2):
        print(f"拿到: {record}")

    print("--- 最多 10 页，但我们拿到 4 条记录就停下 ---")
    seen = 0
    async for record in paginate(10):
        print(f"拿到: {record}")
        seen += 1
        if seen == 4:
            break
    print("只获取了第 0 页和第 1 页")


asyncio.run(main())
