// fails: times-out: the deadline waited for the work
// AbortSignal.timeout tells the work to stop, but only work that listens ever stops.
export function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  return work(AbortSignal.timeout(ms));
}
