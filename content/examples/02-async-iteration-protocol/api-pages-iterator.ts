const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Pages from a pretend API, fetched one per next() call, up to maxPages.
class PageIterator implements AsyncIterableIterator<string> {
  private readonly maxPages: number;
  private currentPage = 0;

  constructor(maxPages: number) {
    this.maxPages = maxPages;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<string, undefined>> {
    if (this.currentPage >= this.maxPages) return { value: undefined, done: true };
    // Claim the page before the await: calls that overlap then never fetch the same page,
    // nor more than maxPages.
    const page = this.currentPage++;
    await sleep(100); // the "API call"
    return { value: `Page ${page}`, done: false };
  }
}

// What `for await` does for you, spelled out:
const pages = new PageIterator(3);
const iterator = pages[Symbol.asyncIterator]();
let result = await iterator.next();
while (!result.done) {
  console.log(`Received: ${result.value}`);
  result = await iterator.next();
}
console.log("last result:", result);

// The same with for await:
for await (const page of new PageIterator(3)) {
  console.log(`Received again: ${page}`);
}

// An iterator that returns itself is single-use: `pages` is already exhausted.
for await (const page of pages) {
  console.log("never printed", page);
}
console.log("a second loop over the same object: nothing left");
