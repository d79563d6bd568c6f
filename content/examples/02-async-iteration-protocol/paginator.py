# Pages in, records out: an async generator flattens the pages of an API.
import asyncio


# One request returns one page of three records.
async def fetch_page(page: int) -> list[str]:
    print(f"  fetching page {page}")
    await asyncio.sleep(0.1)
    return [f"Data {page * 10 + i}" for i in range(3)]


async def paginate(max_pages: int):
    for page in range(max_pages):
        # No `yield from` in an async generator (TypeScript: yield* await fetchPage(page)).
        for record in await fetch_page(page):
            yield record


async def main() -> None:
    async for record in paginate(2):
        print(f"Got: {record}")

    print("--- up to 10 pages, but we stop after 4 records ---")
    seen = 0
    async for record in paginate(10):
        print(f"Got: {record}")
        seen += 1
        if seen == 4:
            break
    print("only pages 0 and 1 were fetched")


asyncio.run(main())
