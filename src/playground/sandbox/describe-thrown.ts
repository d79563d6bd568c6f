/**
 * A short description of something example code threw, for the sandbox's own notices.
 * It must not throw itself: the value may be a Proxy whose every trap throws.
 * @example describeThrown(new RangeError('no')) // 'RangeError: no'
 */
export function describeThrown(thrown: unknown): string {
  try {
    if (thrown instanceof Error) return `${thrown.name}: ${thrown.message}`;
    return typeof thrown === 'object' && thrown !== null ? Object.prototype.toString.call(thrown) : String(thrown);
  } catch {
    return typeof thrown;
  }
}
