// fails: ends-quietly: the loop threw AbortError
export async function* ticks(ms: number, signal: AbortSignal): AsyncGenerator<number, void, undefined> {
  for (let n = 1; ; n++) {
    // Rejects with the signal's reason, as fetch does: the consumer's loop throws.
    await new Promise<void>((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      const timer = setTimeout(resolve, ms);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason);
      }, { once: true });
    });
    yield n;
  }
}
