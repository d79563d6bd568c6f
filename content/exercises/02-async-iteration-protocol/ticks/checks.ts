import { defineChecks, type CheckContext } from '../../../../src/playground/exercise/api';
import type * as Solution from './solution';

const ms = (n: number) => `${Math.round(n)} ms`;

/** Reads `gen` until it ends; the ticks, when each came, and what the loop threw, if anything. */
async function drain(t: CheckContext, gen: AsyncIterable<number>, limit = 800) {
  const ticks: number[] = [];
  const at: number[] = [];
  let threw: unknown;
  const loop = (async () => {
    try {
      for await (const n of gen) {
        ticks.push(n);
        at.push(t.now());
      }
    } catch (err) {
      threw = err;
    }
  })();
  await t.within(loop, limit, { en: 'the for await loop ends', 'zh-cn': '`for await` 循环结束' });
  return { ticks, at, threw };
}

export default defineChecks<typeof Solution>({
  exports: ['ticks'],
  checks: [
    {
      id: 'ticks',
      name: { en: 'yields 1, 2, 3 … one every ms', 'zh-cn': '每隔 ms 产出 1、2、3……' },
      async run({ ticks }, t) {
        const controller = new AbortController();
        const start = t.now();
        const gen = ticks(40, controller.signal);
        const got: number[] = [];
        for await (const n of gen) {
          got.push(n);
          if (n === 3) break;
        }
        const took = t.now() - start;
        controller.abort();
        t.equal(got, [1, 2, 3], { en: 'the first three ticks', 'zh-cn': '前三次滴答' });
        // Three waits of 40 ms: well over 80 ms even on a fast machine, far from 0.
        if (took < 80) {
          return t.fail({
            expected: { en: 'three ticks of ticks(40, signal) take about 120 ms', 'zh-cn': 'ticks(40, signal) 的三次滴答约需 120 ms' },
            happened: { en: `they came within ${ms(took)}: the waits are missing`, 'zh-cn': `它们在 ${ms(took)} 内就到了：没有等待` },
          });
        }
      },
    },
    {
      id: 'stops-mid-wait',
      name: { en: 'an abort in the middle of a wait ends the loop at once', 'zh-cn': '等待之中的中止会立即结束循环' },
      async run({ ticks }, t) {
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 30);
        const start = t.now();
        const { ticks: got } = await drain(t, ticks(300, controller.signal));
        const took = t.now() - start;
        // The abort comes at 30 ms; the wait would end at 300 ms.
        if (took > 165 || got.length > 0) {
          return t.fail({
            expected: { en: 'aborted at 30 ms during a 300 ms wait, the loop ends at about 30 ms without a tick', 'zh-cn': '在 300 ms 的等待中于 30 ms 时中止，循环约在 30 ms 时结束，没有滴答' },
            happened: { en: `it ended after ${ms(took)}, with the ticks ${t.show(got)}: the wait ran to its end`, 'zh-cn': `它在 ${ms(took)} 后才结束，滴答为 ${t.show(got)}：等待一直走到了头` },
            show: 'timeline',
          });
        }
      },
    },
    {
      id: 'ends-quietly',
      name: { en: 'ending by abort is no error: the loop just ends', 'zh-cn': '因中止而结束不是错误：循环只是结束' },
      async run({ ticks }, t) {
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 30);
        const { threw } = await drain(t, ticks(100, controller.signal));
        if (threw !== undefined) {
          const name = threw instanceof Error ? threw.name : t.show(threw);
          return t.fail({
            expected: { en: 'the for await loop ends normally when the signal aborts', 'zh-cn': '信号中止时，`for await` 循环正常结束' },
            happened: { en: `the loop threw ${name}`, 'zh-cn': `循环抛出了 ${name}` },
          });
        }
      },
    },
    {
      id: 'no-timer-left',
      name: { en: 'leaves no timer behind', 'zh-cn': '不留下任何计时器' },
      async run({ ticks }, t) {
        const controller = new AbortController();
        const gen = ticks(300, controller.signal);
        const pending = gen.next();
        await t.sleep(30);
        controller.abort();
        await t.within(pending, 600, { en: 'the pending next() settles', 'zh-cn': '挂起的 next() 结束' });
        await t.sleep(10);
        const left = t.timersLeft();
        if (left > 0) {
          return t.fail({
            expected: { en: 'once aborted, no timer is left pending', 'zh-cn': '中止之后，没有计时器还在等待' },
            happened: { en: `${left} timer still pending: the wait's setTimeout was not cleared`, 'zh-cn': `还有 ${left} 个计时器未结束：等待用的 setTimeout 没有被清除` },
          });
        }
      },
    },
    {
      id: 'already-aborted',
      name: { en: 'an already aborted signal yields nothing and sets no timer', 'zh-cn': '已中止的信号不产出任何值，也不设置计时器' },
      async run({ ticks }, t) {
        const { ticks: got } = await drain(t, ticks(50, AbortSignal.abort()));
        t.equal(got, [], { en: 'the ticks', 'zh-cn': '滴答' });
        t.equal(t.timersLeft(), 0, { en: 'timers left pending', 'zh-cn': '未结束的计时器个数' });
      },
    },
  ],
});
