const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let t0 = performance.now();
const at = () => `${Math.round(performance.now() - t0)} ms`;

// 1. An async generator queues overlapping next() calls and answers them
//    one at a time, in order. (Python raises RuntimeError: "already running".)
async function* pages(): AsyncGenerator<string, void, undefined> {
  for (let p = 0; ; p++) {
    await sleep(100);
    yield `Page ${p}`;
  }
}

const gen = pages();
const requests = [gen.next(), gen.next(), gen.next()]; // no await in between
for (const request of requests) {
  request.then((r) => console.log(`generator: ${r.value} at ${at()}`));
}
await Promise.all(requests);

// 2. return() joins the same queue: it cannot cut a pending step short.
t0 = performance.now();
const slow = pages();
const pending = slow.next(); // the generator is now inside `await sleep(100)`
const closing = slow.return(undefined); // waits until that step has finished
console.log("return() asked at", at());
await closing;
console.log("return() settled at", at(), "| the pending step still gave", (await pending).value);

// 3. A hand-written next() has no queue: the calls simply run at the same time.
t0 = performance.now();
let page = 0;
const byHand: AsyncIterator<string> = {
  async next() {
    await sleep(100);
    return { value: `Page ${page++}`, done: false };
  },
};
const overlapping = [byHand.next(), byHand.next(), byHand.next()];
for (const request of overlapping) {
  request.then((r) => console.log(`hand-written: ${r.value} at ${at()}`));
}
await Promise.all(overlapping);
