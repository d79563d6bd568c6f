import { defineChecks, type CheckContext } from '../../../../src/playground/exercise/api';
import type * as Solution from './solution';

/** The items 0, 1, 2 … count - 1, 2 ms apart; it notes whether its finally ran. */
function items(t: CheckContext, count: number) {
  const state = { finallyRan: false };
  async function* source(): AsyncGenerator<number, void, undefined> {
    try {
      for (let i = 0; i < count; i++) {
        await t.sleep(2);
        yield i;
      }
    } finally {
      state.finallyRan = true;
    }
  }
  return { source: source(), state };
}

interface Call {
  item: number;
  start: number;
  end?: number;
  aborted?: number;
}

/**
 * The calls' fake: the call for `item` waits `ms(item)` (a timer, so it is on the
 * timeline), then resolves `r<item>`, or rejects with Error: call <item> failed when
 * `item` is `fails`. An abort of its signal clears the timer and rejects at once.
 * It remembers when each call started, ended or was aborted, and the most at once.
 */
function calls(t: CheckContext, ms: (item: number) => number, fails?: number) {
  const log: Call[] = [];
  let running = 0;
  const seen = { peak: 0 };
  const fn = (item: number, signal: AbortSignal) => {
    const call: Call = { item, start: t.now() };
    log.push(call);
    seen.peak = Math.max(seen.peak, ++running);
    return new Promise<string>((resolve, reject) => {
      const onAbort = () => {
        clearTimeout(timer);
        running--;
        call.aborted = t.now();
        reject(signal.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        running--;
        call.end = t.now();
        if (item === fails) reject(new Error(`call ${item} failed`));
        else resolve(`r${item}`);
      }, ms(item));
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  };
  return { fn, log, seen };
}

const ms = (n: number | undefined) => (n === undefined ? '—' : `${Math.round(n)} ms`);
const times = (n: number) => ({ en: n === 1 ? '1 call' : `${n} calls`, 'zh-cn': `${n} 个调用` });

/** After the loop has ended early: the source stopped, no call started since, every unfinished call aborted. */
async function expectCleanedUp(t: CheckContext, state: { finallyRan: boolean }, log: Call[]) {
  const started = log.length;
  await t.sleep(30);
  if (!state.finallyRan) {
    return t.fail({
      expected: { en: "once the loop has ended, the source's return() has been called, so its finally ran", 'zh-cn': '循环结束之后，数据源的 return() 已被调用，于是它的 finally 已经运行' },
      happened: { en: "the source's finally had not run: it was read by hand, and nobody called its return()", 'zh-cn': '数据源的 finally 还没有运行：它是被手动读取的，没有人调用它的 return()' },
    });
  }
  if (log.length > started) {
    return t.fail({
      expected: { en: 'no call starts after the loop has ended', 'zh-cn': '循环结束之后不再开始任何调用' },
      happened: { en: `${times(log.length - started).en} started after it had ended`, 'zh-cn': `循环结束之后又开始了 ${times(log.length - started)['zh-cn']}` },
      show: 'timeline',
    });
  }
  const left = log.filter((c) => c.end === undefined && c.aborted === undefined);
  if (left.length > 0) {
    return t.fail({
      expected: { en: 'once the loop has ended, every call still running has been aborted through its signal', 'zh-cn': '循环结束之后，每个仍在进行的调用都已通过它的信号被中止' },
      happened: {
        en: `${times(left.length).en} (items ${left.map((c) => c.item).join(', ')}) still running 30 ms after the loop ended: their signal was never aborted`,
        'zh-cn': `循环结束 30 ms 后，还有 ${times(left.length)['zh-cn']}（第 ${left.map((c) => c.item).join('、')} 项）在进行：它们的信号从未被中止`,
      },
      show: 'timeline',
    });
  }
}

export default defineChecks<typeof Solution>({
  exports: ['mapLimit'],
  checks: [
    {
      id: 'in-order',
      name: { en: "yields every result in the source's order", 'zh-cn': '按数据源的顺序产出每个结果' },
      async run({ mapLimit }, t) {
        const durations = [50, 10, 30, 10, 40, 10];
        const { fn } = calls(t, (i) => durations[i]);
        const got = await t.within(Array.fromAsync(mapLimit(items(t, 6).source, 3, fn)), 1000, { en: 'the loop ends', 'zh-cn': '循环结束' });
        t.equal(got, ['r0', 'r1', 'r2', 'r3', 'r4', 'r5'], { en: 'the results of mapLimit(0 … 5, 3, fn)', 'zh-cn': 'mapLimit(0 … 5, 3, fn) 的结果' });
      },
    },
    {
      id: 'overlap',
      name: { en: 'keeps limit calls going at once', 'zh-cn': '同时保持 limit 个调用在进行' },
      async run({ mapLimit }, t) {
        const { fn, seen } = calls(t, () => 30);
        await t.within(Array.fromAsync(mapLimit(items(t, 6).source, 3, fn)), 1000, { en: 'the loop ends', 'zh-cn': '循环结束' });
        if (seen.peak < 3) {
          return t.fail({
            expected: { en: 'with a limit of 3, three calls run at the same time', 'zh-cn': 'limit 为 3 时，有三个调用同时进行' },
            happened: { en: `at most ${times(seen.peak).en} ran at once`, 'zh-cn': `同时进行的最多只有 ${times(seen.peak)['zh-cn']}` },
            show: 'timeline',
          });
        }
      },
    },
    {
      id: 'never-more',
      name: { en: 'never runs more than limit calls at once', 'zh-cn': '同时进行的调用从不超过 limit 个' },
      async run({ mapLimit }, t) {
        const { fn, seen } = calls(t, () => 60);
        await t.within(Array.fromAsync(mapLimit(items(t, 8).source, 2, fn)), 1000, { en: 'the loop ends', 'zh-cn': '循环结束' });
        if (seen.peak > 2) {
          return t.fail({
            expected: { en: 'with a limit of 2, at most two calls run at the same time', 'zh-cn': 'limit 为 2 时，最多两个调用同时进行' },
            happened: { en: `${times(seen.peak).en} ran at once`, 'zh-cn': `有 ${times(seen.peak)['zh-cn']}同时进行` },
            show: 'timeline',
          });
        }
      },
    },
    {
      id: 'keeps-busy',
      name: { en: 'starts the next call as soon as the first result is out, not when a whole group is done', 'zh-cn': '第一个结果一交出就开始下一个调用，而不是等一整组都完成' },
      async run({ mapLimit }, t) {
        const durations = [20, 100, 100, 20, 20, 20];
        const { fn, log } = calls(t, (i) => durations[i]);
        await t.within(Array.fromAsync(mapLimit(items(t, 6).source, 3, fn)), 1000, { en: 'the loop ends', 'zh-cn': '循环结束' });
        const one = log.find((c) => c.item === 1);
        const three = log.find((c) => c.item === 3);
        if (one?.end !== undefined && three && three.start >= one.end) {
          return t.fail({
            expected: { en: 'the call for item 3 starts once item 0 (20 ms) is done, while items 1 and 2 (100 ms) are still running', 'zh-cn': '第 0 项（20 ms）一完成，第 3 项的调用就开始，这时第 1、2 项（100 ms）还在进行' },
            happened: { en: `it started at ${ms(three.start)}, only after item 1 had finished at ${ms(one.end)}: a slow call held up the next ones`, 'zh-cn': `它在 ${ms(three.start)} 才开始，那时第 1 项已在 ${ms(one.end)} 完成：一个慢调用拖住了后面的调用` },
            show: 'timeline',
          });
        }
      },
    },
    {
      id: 'stops-early',
      name: { en: 'a break aborts the calls still running and stops the source', 'zh-cn': 'break 会中止仍在进行的调用，并让数据源停下' },
      async run({ mapLimit }, t) {
        // Item 0 is quick, the rest slow: at the break, several calls are still running.
        const { fn, log } = calls(t, (i) => (i === 0 ? 20 : 300));
        const { source, state } = items(t, 50);
        const loop = (async () => {
          for await (const _ of mapLimit(source, 3, fn)) break;
        })();
        await t.within(loop, 1000, { en: 'the loop ends after its break', 'zh-cn': '循环在 break 之后结束' });
        await expectCleanedUp(t, state, log);
      },
    },
    {
      id: 'failure',
      name: { en: 'a failed call reaches the loop, and the rest is cleaned up', 'zh-cn': '失败的调用会传到循环，其余的都被清理' },
      async run({ mapLimit }, t) {
        const { fn, log } = calls(t, (i) => (i === 0 ? 40 : i === 1 ? 20 : 300), 1);
        const { source, state } = items(t, 50);
        const got: string[] = [];
        const outcome = await t.within((async () => {
          for await (const r of mapLimit(source, 3, fn)) got.push(r);
        })().then(() => 'ended', (err: unknown) => err), 1000, { en: 'the loop ends', 'zh-cn': '循环结束' });
        if (!(outcome instanceof Error) || outcome.message !== 'call 1 failed') {
          return t.fail({
            expected: { en: 'after r0, the loop throws the error of the call for item 1, Error: call 1 failed', 'zh-cn': '产出 r0 之后，循环抛出第 1 项调用的错误 Error: call 1 failed' },
            happened: outcome === 'ended'
              ? { en: `the loop ended without an error, with the results ${t.show(got)}`, 'zh-cn': `循环没有出错就结束了，结果为 ${t.show(got)}` }
              : { en: `the loop threw ${t.show(outcome)}`, 'zh-cn': `循环抛出了 ${t.show(outcome)}` },
          });
        }
        t.equal(got, ['r0'], { en: 'the results before the error', 'zh-cn': '出错之前的结果' });
        await expectCleanedUp(t, state, log);
      },
    },
  ],
});
