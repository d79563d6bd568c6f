// A fake stream of messages for the chapter's checks: it records when each message was
// asked for and when the stream ended, so a check can tell whether waits overlapped and
// whether the stream's finally ran.
import type { CheckContext } from '../../../src/playground/exercise/api';

export interface StreamLog {
  /** When each message was asked for (a next() resumed the generator), ms on the check's clock. */
  asked: number[];
  /** When the stream ended or threw: its `finally` ran. */
  end?: number;
}

/**
 * `length` messages (`${name}1`, `${name}2`, …: no words, so they read the same in both
 * languages on the timeline), each after a wait of `every` ms;
 * `failAt`: the message (counting from 1) at which it throws Error: ECONNRESET (a code, the same in both languages).
 */
export function fakeStream(t: CheckContext, name: string, length: number, every: number, failAt?: number) {
  const log: StreamLog = { asked: [] };
  async function* stream(): AsyncGenerator<string, void, undefined> {
    try {
      for (let i = 1; i <= length; i++) {
        log.asked.push(t.now());
        await new Promise<void>((resolve) => setTimeout(resolve, every));
        if (i === failAt) throw new Error('ECONNRESET');
        yield `${name}${i}`;
      }
    } finally {
      log.end = t.now();
    }
  }
  return { stream: stream(), log };
}

export const ms = (n: number | undefined) => (n === undefined ? '—' : `${Math.round(n)} ms`);
