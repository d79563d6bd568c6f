const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// One request returns one page of three records.
async function fetchPage(page: number): Promise<string[]> {
  console.log(`  fetching page ${page}`);
  await sleep(100);
  return [0, 1, 2].map((i) => `Data ${page * 10 + i}`);
}

// Pages in, records out: the consumer never sees the page boundaries.
async function* paginate(maxPages: number): AsyncGenerator<string, void, undefined> {
  for (let page = 0; page < maxPages; page++) {
    yield* await fetchPage(page); // yield each record of the page, one by one
  }
}

for await (const record of paginate(2)) {
  console.log(`Got: ${record}`);
}

console.log("--- up to 10 pages, but we stop after 4 records ---");
let seen = 0;
for await (const record of paginate(10)) {
  console.log(`Got: ${record}`);
  if (++seen === 4) break;
}
console.log("only pages 0 and 1 were fetched");
