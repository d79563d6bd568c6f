const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Simulated I/O: the CPU does nothing while we wait for the "disk" or "network".
async function read(name: string): Promise<string> {
  await sleep(150);
  return `${name}: ok`;
}

// Simulated CPU work: the thread is busy the whole time.
function crunch(ms: number): number {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy: nothing else can run on this thread
  }
  return ms;
}

console.time("I/O, one after another");
for (const name of ["a", "b", "c"]) await read(name);
console.timeEnd("I/O, one after another");

console.time("I/O, waits overlapped");
console.log(await Promise.all(["a", "b", "c"].map((name) => read(name))));
console.timeEnd("I/O, waits overlapped");

console.time("CPU, one after another");
for (let i = 0; i < 3; i++) crunch(60);
console.timeEnd("CPU, one after another");

console.time("CPU, 'overlapped'");
await Promise.all([1, 2, 3].map(async () => crunch(60)));
console.timeEnd("CPU, 'overlapped'");
