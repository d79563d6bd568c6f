# Pages from a pretend API, fetched one per __anext__() call, up to max_pages.
import asyncio


class PageIterator:
    def __init__(self, max_pages: int) -> None:
        self.max_pages = max_pages
        self.current_page = 0

    def __aiter__(self):
        return self

    async def __anext__(self) -> str:
        if self.current_page >= self.max_pages:
            raise StopAsyncIteration
        # Claim the page before the await: overlapping calls (asyncio.gather on
        # __anext__) then never fetch the same page, nor more than max_pages.
        number = self.current_page
        self.current_page += 1
        await asyncio.sleep(0.1)  # the "API call"
        return f"Page {number}"


async def main() -> None:
    # What async for does for you, spelled out:
    pages = PageIterator(3)
    iterator = aiter(pages)  # calls pages.__aiter__()
    while True:
        try:
            page = await anext(iterator)  # awaits iterator.__anext__()
        except StopAsyncIteration:  # the end is an exception, not a result object
            print("the last call raised StopAsyncIteration")
            break
        print(f"Received: {page}")

    # The same with async for:
    async for page in PageIterator(3):
        print(f"Received again: {page}")

    # An iterator that returns itself is single-use: `pages` is already exhausted.
    async for page in pages:
        print("never printed", page)
    print("a second loop over the same object: nothing left")


asyncio.run(main())
