const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// A heartbeat: a timer that should tick every 20 ms if the thread is free.
let ticks = 0;
const heartbeat = setInterval(() => ticks++, 20);

// The same five fetches, as an async generator: each item is yielded as soon as it arrives.
async function* fetchData(): AsyncGenerator<string, void, undefined> {
  for (let i = 0; i < 5; i++) {
    await sleep(50);
    yield `item ${i}`;
  }
}

// for await pulls one item, processes it (25 ms), then asks for the next.
async function processData(t0: number): Promise<void> {
  for await (const item of fetchData()) {
    await sleep(25);
    console.log(`[${Math.round(performance.now() - t0)} ms] processed ${item}`);
  }
}

console.time("total");
await processData(performance.now());
console.timeEnd("total");
clearInterval(heartbeat);
// About 19 ticks in 375 ms; "10 or more" leaves room for a busy machine.
console.log(`heartbeat: ${ticks >= 10 ? "10 ticks or more, about one every 20 ms (the thread stayed free)" : `only ${ticks} ticks`}`);
