import { defineChecks, type CheckContext } from '../../../../src/playground/exercise/api';
import type * as Solution from './solution';
import { ms, rejection, settle } from '../measure';

/**
 * Work that takes `ms` and then resolves with `value` (or rejects with `fails`). With
 * `listens`, it honours its signal: an abort clears its timer and rejects with the reason.
 * It remembers whether and when its signal aborted, and whether it ran to its end.
 */
function fakeWork(t: CheckContext, ms: number, options: { value?: string; fails?: Error; listens?: boolean } = {}) {
  const seen: { abortedAt?: number; finishedAt?: number } = {};
  const work = (signal: AbortSignal) => new Promise<string>((resolve, reject) => {
    signal.addEventListener('abort', () => {
      seen.abortedAt = t.now();
      if (!options.listens) return;
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
    const timer = setTimeout(() => {
      seen.finishedAt = t.now();
      if (options.fails) reject(options.fails);
      else resolve(options.value ?? 'done');
    }, ms);
  });
  return { work, seen };
}

/** Work that takes `ms` on the harness's own clock: it sets no timer the checks would count. */
const quickWork = (t: CheckContext, ms: number, fails?: Error) => async (): Promise<string> => {
  await t.sleep(ms);
  if (fails) throw fails;
  return 'done';
};

const name = (err: unknown) => (err instanceof Error || err instanceof DOMException ? err.name : typeof err);

export default defineChecks<typeof Solution>({
  exports: ['withTimeout'],
  checks: [
    {
      id: 'in-time',
      name: { en: "work that finishes in time gives its own value or error", 'zh-cn': '按时完成的工作给出它自己的值或错误' },
      async run({ withTimeout }, t) {
        const ok = fakeWork(t, 20, { value: 'report.pdf', listens: true });
        t.equal(await t.within(withTimeout(ok.work, 300), 1000, { en: 'withTimeout(work, 300) settles', 'zh-cn': 'withTimeout(work, 300) 结束' }), 'report.pdf', { en: 'what withTimeout(work of 20 ms, 300) resolved with', 'zh-cn': 'withTimeout(20 ms 的工作, 300) 兑现的值' });
        const failing = fakeWork(t, 20, { fails: new Error('disk full'), listens: true });
        const outcome = await t.within(settle(t, withTimeout(failing.work, 300)), 1000, { en: 'withTimeout(work, 300) settles', 'zh-cn': 'withTimeout(work, 300) 结束' });
        t.equal(rejection(outcome), new Error('disk full'), { en: 'what withTimeout(work that fails at 20 ms, 300) rejected with', 'zh-cn': 'withTimeout(20 ms 时失败的工作, 300) 拒绝的原因' });
      },
    },
    {
      id: 'times-out',
      name: { en: 'rejects with a TimeoutError at the deadline, even when the work ignores its signal', 'zh-cn': '到期时以 TimeoutError 拒绝，即使工作不理会它的信号' },
      async run({ withTimeout }, t) {
        const { work } = fakeWork(t, 400, { value: 'too late' });
        const outcome = await t.within(settle(t, withTimeout(work, 50)), 1000, { en: 'withTimeout(work, 50) settles', 'zh-cn': 'withTimeout(work, 50) 结束' });
        if (!('reason' in outcome)) {
          return t.fail({
            expected: { en: 'work of 400 ms under a deadline of 50 ms: a TimeoutError after about 50 ms', 'zh-cn': '400 ms 的工作、50 ms 的期限：约 50 ms 后出现 TimeoutError' },
            happened: { en: `it resolved after ${ms(outcome.at)} with ${t.show(outcome.value)}: the deadline waited for the work`, 'zh-cn': `它在 ${ms(outcome.at)} 后以 ${t.show(outcome.value)} 兑现：期限在等工作` },
            show: 'timeline',
          });
        }
        t.equal(name(outcome.reason), 'TimeoutError', { en: "the rejection's name", 'zh-cn': '拒绝原因的 name' });
        // Half-way between the deadline (50 ms) and the end of the work (400 ms).
        if (outcome.at > 225) {
          return t.fail({
            expected: { en: 'the TimeoutError comes at the deadline, after about 50 ms', 'zh-cn': 'TimeoutError 在期限到时出现，约 50 ms 后' },
            happened: { en: `it came after ${ms(outcome.at)}`, 'zh-cn': `它在 ${ms(outcome.at)} 后才出现` },
            show: 'timeline',
          });
        }
      },
    },
    {
      id: 'aborts-loser',
      name: { en: "at the deadline, the work's signal aborts, so the work can stop", 'zh-cn': '到期时工作的信号中止，工作因此能停下' },
      async run({ withTimeout }, t) {
        const { work, seen } = fakeWork(t, 300, { listens: true });
        const outcome = await t.within(settle(t, withTimeout(work, 50)), 1000, { en: 'withTimeout(work, 50) settles', 'zh-cn': 'withTimeout(work, 50) 结束' });
        await t.sleep(10);
        if (seen.abortedAt === undefined) {
          return t.fail({
            expected: { en: 'when withTimeout gives up at 50 ms, the signal it passed to the work aborts', 'zh-cn': 'withTimeout 在 50 ms 时放弃，它交给工作的信号随之中止' },
            happened: { en: `withTimeout settled at ${ms(outcome.at)}, but the work's signal never aborted: nobody told it to stop, and it ran on`, 'zh-cn': `withTimeout 在 ${ms(outcome.at)} 结束了，但工作的信号从未中止：没人叫它停下，它一直在运行` },
            show: 'timeline',
          });
        }
      },
    },
    {
      id: 'no-timer-left',
      name: { en: 'leaves no timer behind when the work settles first', 'zh-cn': '工作先结束时不留下计时器' },
      async run({ withTimeout }, t) {
        const cases = [
          { fails: undefined, words: { en: 'succeeded', 'zh-cn': '成功' } },
          { fails: new Error('disk full'), words: { en: 'failed', 'zh-cn': '失败' } },
        ];
        for (const { fails, words } of cases) {
          await settle(t, withTimeout(quickWork(t, 10, fails), 500));
          await t.sleep(10);
          const left = t.timersLeft();
          if (left > 0) {
            return t.fail({
              expected: { en: 'once the work has settled, the deadline of 500 ms is cleared', 'zh-cn': '工作结束后，500 ms 的期限就被清除' },
              happened: { en: `after the work ${words.en} at 10 ms, ${left} timer still pending: the deadline's setTimeout was not cleared`, 'zh-cn': `工作在 10 ms 时${words['zh-cn']}之后，还有 ${left} 个计时器未结束：期限的 setTimeout 没有被清除` },
            });
          }
        }
      },
    },
  ],
});
