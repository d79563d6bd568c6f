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

// Fetch all five items first (5 x 50 ms)...
function fetchData(): string[] {
  const data: string[] = [];
  for (let i = 0; i < 5; i++) {
    blockFor(50);
    data.push(`item ${i}`);
  }
  return data;
}

// ...then process all five (5 x 25 ms).
function processData(data: string[], t0: number): void {
  for (const item of data) {
    blockFor(25);
    console.log(`[${Math.round(performance.now() - t0)} ms] processed ${item}`);
  }
}

console.time("total");
const t0 = performance.now();
processData(fetchData(), t0);
console.timeEnd("total");
// Give the timer its turn before counting: read right away, the count would be 0 whatever
// happened. The ticks it missed are dropped, not queued, so it gets one or two now.
await sleep(0);
clearInterval(heartbeat);
console.log(`heartbeat: ${ticks < 3 ? "under 3 ticks, where a free thread gets about 19 (it was frozen)" : `${ticks} ticks`}`);
