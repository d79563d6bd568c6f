// break and return() can only stop a generator between two values. To stop a wait
// that is already running, pass an AbortSignal to whatever the generator awaits.
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason); // too late for an abort event: it has fired
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

async function* ticks(signal: AbortSignal): AsyncGenerator<number, void, undefined> {
  try {
    for (let i = 0; ; i++) {
      await sleep(1000, signal); // rejects as soon as the signal aborts
      yield i;
    }
  } finally {
    console.log("ticks: finally runs");
  }
}

const t0 = performance.now();
const controller = new AbortController();
setTimeout(() => controller.abort(new Error("stopped")), 100);
try {
  for await (const tick of ticks(controller.signal)) console.log(tick);
} catch (err) {
  console.log(`stopped early: ${(err as Error).message} (${Math.round(performance.now() - t0)} ms, not 1000)`);
}

// The signal has already aborted: a new wait must not start at all.
try {
  await sleep(1000, controller.signal);
} catch (err) {
  console.log(`a wait on an aborted signal fails at once: ${(err as Error).message}`);
}
console.log(`done after ${Math.round(performance.now() - t0)} ms`);
