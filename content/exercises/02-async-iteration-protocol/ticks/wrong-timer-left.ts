// fails: no-timer-left: 1 timer still pending
export async function* ticks(ms: number, signal: AbortSignal): AsyncGenerator<number, void, undefined> {
  for (let n = 1; !signal.aborted; n++) {
    // The abort ends the wait, but the timer stays set until it fires.
    const timeUp = await new Promise<boolean>((resolve) => {
      setTimeout(() => resolve(true), ms);
      signal.addEventListener('abort', () => resolve(false), { once: true });
    });
    if (!timeUp) return;
    yield n;
  }
}
