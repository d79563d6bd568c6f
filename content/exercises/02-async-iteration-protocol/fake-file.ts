// A fake file for the checks of read-lines and line-reader: it counts opens, reads and
// closes, and its close() takes 10 ms, so a check can tell whether the reader's code
// waited for it.
import type { CheckContext } from '../../../src/playground/exercise/api';

export interface LineFile {
  read(): Promise<string | null>;
  close(): Promise<void>;
}

export interface FakeFile {
  open: () => Promise<LineFile>;
  state: { opened: number; reads: number; closing: number; closed: number };
}

/** A file of `lines`; `failAt`: the read (counting from 1) that throws Error: disk error. */
export function fakeFile(t: CheckContext, lines: string[], failAt?: number): FakeFile {
  const state = { opened: 0, reads: 0, closing: 0, closed: 0 };
  const open = async (): Promise<LineFile> => {
    state.opened++;
    let next = 0;
    return {
      async read() {
        state.reads++;
        await t.sleep(5);
        if (state.reads === failAt) throw new Error('disk error');
        return next < lines.length ? lines[next++] : null;
      },
      async close() {
        state.closing++;
        await t.sleep(10);
        state.closed++;
      },
    };
  };
  return { open, state };
}

export const times = (n: number) => ({ en: n === 1 ? 'once' : `${n} times`, 'zh-cn': `${n} 次` });

/** Fails unless close() was called exactly once and had finished by now. */
export function expectClosedOnce(t: CheckContext, state: FakeFile['state'], when: { en: string; 'zh-cn': string }): void {
  if (state.closing === 1 && state.closed === 1) return;
  t.fail({
    expected: { en: `close() is called once and has finished ${when.en}`, 'zh-cn': `${when['zh-cn']}，close() 已被调用一次并已完成` },
    happened: state.closing === 1
      ? { en: 'close() was called, but the loop went on before close() had finished: it was not awaited', 'zh-cn': 'close() 被调用了，但循环在 close() 完成之前就继续了：没有 await 它' }
      : { en: `close() was called ${times(state.closing).en}`, 'zh-cn': `close() 被调用了 ${times(state.closing)['zh-cn']}` },
  });
}
