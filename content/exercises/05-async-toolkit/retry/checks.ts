import { defineChecks, type CheckContext } from '../../../../src/playground/exercise/api';
import type * as Solution from './solution';
import { abortAfter, ms, rejection, settle } from '../measure';

/**
 * A flaky attempt: each try takes `ms` (on the harness's clock, so it sets no timer of
 * the reader's) and fails with Error: try <n> failed, until try `okAt` resolves. It
 * honours its signal: an abort ends the try at once with the signal's reason. It logs
 * when each try started and ended.
 */
function flaky(t: CheckContext, { ms = 1, okAt = Infinity }: { ms?: number; okAt?: number } = {}) {
  const log: { start: number; end?: number }[] = [];
  const attempt = async (signal?: AbortSignal): Promise<string> => {
    const entry: { start: number; end?: number } = { start: t.now() };
    log.push(entry);
    const n = log.length;
    try {
      await new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
        t.sleep(ms).then(resolve);
      });
    } finally {
      entry.end = t.now();
    }
    if (n >= okAt) return `ok after ${n} tries`;
    throw new Error(`try ${n} failed`);
  };
  return { attempt, log };
}

const times = (n: number) => ({ en: n === 1 ? 'once' : `${n} times`, 'zh-cn': `${n} 次` });
/** 30, 31 and 30 / 30、31 和 30 */
const list = (xs: number[], comma: string, and: string) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(comma)} ${and} ${xs.at(-1)}`);
const settles = { en: 'retry settles', 'zh-cn': 'retry 结束' };

export default defineChecks<typeof Solution>({
  exports: ['retry'],
  checks: [
    {
      id: 'retries',
      name: { en: 'tries again after a failure, and resolves with the first success', 'zh-cn': '失败后再试，并以第一次成功的结果兑现' },
      async run({ retry }, t) {
        const { attempt, log } = flaky(t, { okAt: 3 });
        const outcome = await t.within(settle(t, retry(attempt, { tries: 5, delay: 10, signal: new AbortController().signal })), 1000, settles);
        t.equal('value' in outcome ? outcome.value : outcome.reason, 'ok after 3 tries', { en: 'what retry gave for an attempt that succeeds on try 3 of 5', 'zh-cn': '第 3 次（共 5 次）才成功时 retry 给出的结果' });
        t.equal(log.length, 3, { en: 'how many times retry called attempt', 'zh-cn': 'retry 调用 attempt 的次数' });
      },
    },
    {
      id: 'gives-up',
      name: { en: 'after the last try fails, rejects at once with its error', 'zh-cn': '最后一次尝试失败后，立即以它的错误拒绝' },
      async run({ retry }, t) {
        const { attempt, log } = flaky(t);
        const outcome = await t.within(settle(t, retry(attempt, { tries: 3, delay: 20, signal: new AbortController().signal })), 1000, settles);
        t.equal(log.length, 3, { en: 'how many times retry({ tries: 3 }) called attempt', 'zh-cn': 'retry({ tries: 3 }) 调用 attempt 的次数' });
        t.equal(rejection(outcome), new Error('try 3 failed'), { en: 'what retry rejected with when all 3 tries failed', 'zh-cn': '3 次都失败时 retry 拒绝的原因' });
        // The next wait would be 80 ms: half-way between that and at once.
        const after = outcome.at - (log[2].end ?? 0);
        if (after > 40) {
          return t.fail({
            expected: { en: 'retry rejects as soon as the third and last try has failed', 'zh-cn': '第三次也就是最后一次尝试失败后，retry 立即拒绝' },
            happened: { en: `it waited ${ms(after)} after the last failure before it rejected`, 'zh-cn': `最后一次失败之后，它又等了 ${ms(after)} 才拒绝` },
            show: 'timeline',
          });
        }
      },
    },
    {
      id: 'backoff',
      name: { en: 'waits delay, then twice as long, then four times as long', 'zh-cn': '先等 delay，再等两倍，然后四倍' },
      async run({ retry }, t) {
        const { attempt, log } = flaky(t);
        await t.within(settle(t, retry(attempt, { tries: 4, delay: 30, signal: new AbortController().signal })), 1500, settles);
        t.equal(log.length, 4, { en: 'how many times retry({ tries: 4 }) called attempt', 'zh-cn': 'retry({ tries: 4 }) 调用 attempt 的次数' });
        const gaps = log.slice(1).map((entry, i) => Math.round(entry.start - (log[i].end ?? 0)));
        // Timers never fire early: a wait shorter than 80 % of its length was never asked for.
        if (gaps.some((gap, i) => gap < 0.8 * 30 * 2 ** i)) {
          return t.fail({
            expected: { en: 'with delay 30, the waits between the tries are about 30, 60 and 120 ms', 'zh-cn': 'delay 为 30 时，各次尝试之间的等待约为 30、60 和 120 ms' },
            happened: { en: `the waits between the tries were ${list(gaps, ', ', 'and')} ms`, 'zh-cn': `各次尝试之间的等待是 ${list(gaps, '、', '和')} ms` },
            show: 'timeline',
          });
        }
      },
    },
    {
      id: 'abort-in-wait',
      name: { en: "an abort during a wait rejects at once with the signal's reason", 'zh-cn': '等待中的中止会立即以信号的原因拒绝' },
      async run({ retry }, t) {
        const { attempt, log } = flaky(t);
        const controller = abortAfter(t, 50);
        const outcome = await t.within(settle(t, retry(attempt, { tries: 5, delay: 200, signal: controller.signal })), 1800, settles);
        // The abort comes at 50 ms, a quarter of the way into a wait of 200 ms.
        if (outcome.at > 125) {
          return t.fail({
            expected: { en: 'aborted at 50 ms, during the first wait of 200 ms, retry rejects at about 50 ms', 'zh-cn': '在 200 ms 的第一次等待中于 50 ms 时中止，retry 约在 50 ms 时拒绝' },
            happened: { en: `it settled after ${ms(outcome.at)}, after calling attempt ${times(log.length).en}: the wait ran to its end`, 'zh-cn': `它在 ${ms(outcome.at)} 后才结束，调用了 attempt ${times(log.length)['zh-cn']}：等待一直走到了头` },
            show: 'timeline',
          });
        }
        t.equal(rejection(outcome), new Error('gave up'), { en: 'what retry rejected with', 'zh-cn': 'retry 拒绝的原因' });
        t.equal(log.length, 1, { en: 'how many times retry called attempt', 'zh-cn': 'retry 调用 attempt 的次数' });
      },
    },
    {
      id: 'no-timer-left',
      name: { en: 'an abort leaves no timer behind', 'zh-cn': '中止之后不留下计时器' },
      async run({ retry }, t) {
        const { attempt } = flaky(t);
        const controller = abortAfter(t, 30);
        await t.within(settle(t, retry(attempt, { tries: 3, delay: 300, signal: controller.signal })), 1500, settles);
        await t.sleep(10);
        const left = t.timersLeft();
        if (left > 0) {
          return t.fail({
            expected: { en: 'once retry has rejected on the abort, no timer is left pending', 'zh-cn': 'retry 因中止而拒绝之后，没有计时器还在等待' },
            happened: { en: `${left} timer still pending: the wait's setTimeout was not cleared`, 'zh-cn': `还有 ${left} 个计时器未结束：等待用的 setTimeout 没有被清除` },
          });
        }
      },
    },
    {
      id: 'abort-in-try',
      name: { en: 'an abort before or during a try ends retry: no more tries', 'zh-cn': '尝试之前或之中的中止会结束 retry：不再尝试' },
      async run({ retry }, t) {
        const before = flaky(t);
        const early = await t.within(settle(t, retry(before.attempt, { tries: 5, delay: 10, signal: AbortSignal.abort(new Error('gave up')) })), 1000, settles);
        if (before.log.length > 0) {
          return t.fail({
            expected: { en: 'with a signal that has already aborted, retry rejects without calling attempt', 'zh-cn': '信号已经中止时，retry 不调用 attempt 就拒绝' },
            happened: { en: `it called attempt ${times(before.log.length).en}`, 'zh-cn': `它调用了 attempt ${times(before.log.length)['zh-cn']}` },
          });
        }
        t.equal(rejection(early), new Error('gave up'), { en: 'what retry rejected with, given an aborted signal', 'zh-cn': '信号已中止时 retry 拒绝的原因' });
        // A try of 100 ms, aborted 30 ms in: the try ends, and nothing comes after it.
        const during = flaky(t, { ms: 100 });
        const outcome = await t.within(settle(t, retry(during.attempt, { tries: 5, delay: 10, signal: abortAfter(t, 30).signal })), 1000, settles);
        if (during.log.length > 1) {
          return t.fail({
            expected: { en: 'aborted during the first try, retry rejects without trying again', 'zh-cn': '在第一次尝试中被中止时，retry 不再尝试就拒绝' },
            happened: { en: `it tried again after the abort: it called attempt ${times(during.log.length).en} in all`, 'zh-cn': `中止之后它还在尝试：一共调用了 attempt ${times(during.log.length)['zh-cn']}` },
            show: 'timeline',
          });
        }
        t.equal(rejection(outcome), new Error('gave up'), { en: 'what retry rejected with when aborted during a try', 'zh-cn': '尝试中被中止时 retry 拒绝的原因' });
      },
    },
  ],
});
