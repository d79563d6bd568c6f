const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// JavaScript's stand-in for Python's time.sleep(): it keeps the thread busy, so
// no timer, no click handler, no other code can run until it returns.
function blockFor(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
}

// A heartbeat: a timer that should tick every 20 ms if the thread is free.
let ticks = 0;
const heartbeat = setInterval(() => ticks++, 20);
const report = () =>
  ticks === 0 ? "heartbeat: 0 ticks (the thread was frozen)" : "heartbeat: kept ticking (the thread stayed free)";

// 1. Blocking: fetch all five items, then process all five.
function fetchData(): string[] {
  const data: string[] = [];
  for (let i = 0; i < 5; i++) {
    blockFor(50); // 5 x 50 ms
    data.push(`item ${i}`);
  }
  return data;
}

function processData(data: string[], t0: number): void {
  for (const item of data) {
    blockFor(25); // 5 x 25 ms
    console.log(`processed ${item} at ${Math.round(performance.now() - t0)} ms`);
  }
}

console.log("--- blocking functions ---");
ticks = 0;
console.time("blocking");
const start = performance.now();
processData(fetchData(), start);
console.timeEnd("blocking");
console.log(report());

// 2. The same work as an async generator consumed with for await.
async function* fetchDataAsync(): AsyncGenerator<string, void, undefined> {
  for (let i = 0; i < 5; i++) {
    await sleep(50);
    yield `item ${i}`;
  }
}

async function processDataAsync(t0: number): Promise<void> {
  for await (const item of fetchDataAsync()) {
    await sleep(25);
    console.log(`processed ${item} at ${Math.round(performance.now() - t0)} ms`);
  }
}

console.log("--- async generator ---");
ticks = 0;
console.time("async generator");
await processDataAsync(performance.now());
console.timeEnd("async generator");
console.log(report());

clearInterval(heartbeat);
