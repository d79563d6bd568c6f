import { defineChecks, type CheckContext } from '../../../../src/playground/exercise/api';
import type * as Solution from './solution';
import { abortAfter, ms, rejection, settle } from '../measure';

/**
 * Fake tasks that count how many run at once: `task(id, ms)` takes `ms`, then resolves
 * with `id` (or rejects with Error: boom, given `fails`). It logs when each task started.
 */
function tracker(t: CheckContext) {
  const started = new Map<number, number>();
  let running = 0;
  let peak = 0;
  const task = (id: number, ms: number, fails = false) => () => {
    started.set(id, t.now());
    running++;
    peak = Math.max(peak, running);
    return new Promise<number>((resolve, reject) => setTimeout(() => {
      running--;
      if (fails) reject(new Error('boom'));
      else resolve(id);
    }, ms));
  };
  return {
    task,
    started,
    /** The most tasks that ran at once since the last call. */
    peak() {
      const p = peak;
      peak = running;
      return p;
    },
  };
}

const atOnce = (n: number) => ({ en: n === 1 ? 'only 1 task ran at a time' : `up to ${n} tasks ran at once`, 'zh-cn': n === 1 ? '同一时刻只有 1 个任务在运行' : `同时运行的任务多达 ${n} 个` });

export default defineChecks<typeof Solution>({
  exports: ['limit'],
  checks: [
    {
      id: 'limit',
      name: { en: 'runs at most n tasks at once, and gives every result back', 'zh-cn': '同时最多运行 n 个任务，并交回每个结果' },
      async run({ limit }, t) {
        const run = limit(2);
        const { task, peak } = tracker(t);
        const results = await t.within(Promise.all([1, 2, 3, 4, 5, 6].map((id) => run(task(id, 30)))), 1000, { en: 'six tasks under limit(2) finish', 'zh-cn': 'limit(2) 下的六个任务完成' });
        t.equal(results, [1, 2, 3, 4, 5, 6], { en: 'the results of the six tasks', 'zh-cn': '六个任务的结果' });
        const most = peak();
        if (most !== 2) {
          return t.fail({
            expected: { en: 'six tasks of 30 ms under limit(2): two at a time, never more', 'zh-cn': 'limit(2) 下六个 30 ms 的任务：每次两个，绝不更多' },
            happened: {
              en: `${atOnce(most).en}${most > 2 ? ': a slot was freed before its task had finished' : ''}`,
              'zh-cn': `${atOnce(most)['zh-cn']}${most > 2 ? '：任务还没结束，它的名额就被放出去了' : ''}`,
            },
            show: 'timeline',
          });
        }
      },
    },
    {
      id: 'error-frees-slot',
      name: { en: 'a task that throws frees its slot, and its error reaches its caller', 'zh-cn': '抛出错误的任务会让出名额，错误也会交给它的调用方' },
      async run({ limit }, t) {
        const run = limit(1);
        const { task } = tracker(t);
        const failing = settle(t, run(task(1, 10, true)));
        const next = run(task(2, 10));
        t.equal(await t.within(next, 500, { en: 'the next task, after one that threw, finishes', 'zh-cn': '下一个任务（排在抛出错误的任务之后）完成' }), 2, { en: 'the result of the next task', 'zh-cn': '下一个任务的结果' });
        t.equal(rejection(await failing), new Error('boom'), { en: 'what the task that threw gave its caller', 'zh-cn': '抛出错误的任务交给调用方的结果' });
      },
    },
    {
      id: 'abort-leaves-line',
      name: { en: 'a waiter whose signal aborts rejects at once, and its task never runs', 'zh-cn': '信号中止的等待者立即拒绝，它的任务永远不会运行' },
      async run({ limit }, t) {
        const run = limit(1);
        const { task, started } = tracker(t);
        const holder = run(task(1, 200));
        const waiter = await t.within(settle(t, run(task(2, 10), { signal: abortAfter(t, 30).signal })), 1000, { en: 'the waiter settles', 'zh-cn': '等待者结束' });
        // The abort comes at 30 ms; the slot would be free at 200 ms.
        if (waiter.at > 115) {
          return t.fail({
            expected: { en: 'aborted at 30 ms while the only slot is busy until 200 ms, the waiter rejects at about 30 ms', 'zh-cn': '唯一的名额要忙到 200 ms，等待者在 30 ms 时被中止，应约在 30 ms 时拒绝' },
            happened: { en: `it settled after ${ms(waiter.at)}: it kept its place in the line after its caller gave up`, 'zh-cn': `它在 ${ms(waiter.at)} 后才结束：调用方放弃之后，它仍在队伍里占着位置` },
            show: 'timeline',
          });
        }
        t.equal(rejection(waiter), new Error('gave up'), { en: 'what the waiter rejected with', 'zh-cn': '等待者拒绝的原因' });
        await holder;
        await t.sleep(10);
        const at = started.get(2);
        if (at !== undefined) {
          return t.fail({
            expected: { en: "the waiter's task never runs", 'zh-cn': '等待者的任务永远不会运行' },
            happened: { en: `its task ran at ${ms(at)}, though its caller had given up at 30 ms`, 'zh-cn': `它的任务在 ${ms(at)} 运行了，尽管调用方在 30 ms 时就已放弃` },
          });
        }
      },
    },
    {
      id: 'no-leak',
      name: { en: 'a slot given up is not lost: after an abort, n tasks still run at once', 'zh-cn': '放弃的名额不会丢失：中止之后仍能同时运行 n 个任务' },
      async run({ limit }, t) {
        const run = limit(2);
        const { task, peak } = tracker(t);
        // Two holders of 100 ms, and three waiters; the first waiter gives up at 20 ms.
        const holders = [run(task(1, 100)), run(task(2, 100))];
        const quitter = settle(t, run(task(3, 30), { signal: abortAfter(t, 20).signal }));
        const waiters = [run(task(4, 30)), run(task(5, 30))];
        await t.within(Promise.all([...holders, quitter, ...waiters]), 1000, { en: 'the tasks under limit(2) finish', 'zh-cn': 'limit(2) 下的任务完成' });
        peak();
        const fresh = await t.within(Promise.all([run(task(6, 30)), run(task(7, 30))]), 1000, { en: 'two more tasks under limit(2) finish', 'zh-cn': 'limit(2) 下的另外两个任务完成' });
        t.equal(fresh, [6, 7], { en: 'the results of two more tasks', 'zh-cn': '另外两个任务的结果' });
        const most = peak();
        if (most < 2) {
          return t.fail({
            expected: { en: 'after a waiter has given up, limit(2) still runs two tasks at once', 'zh-cn': '有等待者放弃之后，limit(2) 仍能同时运行两个任务' },
            happened: { en: `afterwards, ${atOnce(most).en}: the slot the waiter gave up was never given back`, 'zh-cn': `之后${atOnce(most)['zh-cn']}：等待者放弃的名额再也没有还回来` },
            show: 'timeline',
          });
        }
      },
    },
    {
      id: 'already-aborted',
      name: { en: 'a signal that has already aborted rejects at once and takes no slot', 'zh-cn': '已经中止的信号立即拒绝，不占名额' },
      async run({ limit }, t) {
        const run = limit(1);
        const { task, started } = tracker(t);
        const outcome = await t.within(settle(t, run(task(1, 50), { signal: AbortSignal.abort(new Error('gave up')) })), 500, { en: 'the call with an aborted signal settles', 'zh-cn': '带着已中止信号的调用结束' });
        const at = started.get(1);
        if (at !== undefined) {
          return t.fail({
            expected: { en: 'given a signal that has already aborted, run() rejects without running the task', 'zh-cn': '信号已经中止时，run() 不运行任务就拒绝' },
            happened: { en: `its task ran at ${ms(at)}, though the signal had aborted before the call`, 'zh-cn': `它的任务在 ${ms(at)} 运行了，尽管信号在调用之前就已中止` },
          });
        }
        t.equal(rejection(outcome), new Error('gave up'), { en: 'what run() rejected with', 'zh-cn': 'run() 拒绝的原因' });
        t.equal(await t.within(run(task(2, 10)), 500, { en: 'the next task finishes', 'zh-cn': '下一个任务完成' }), 2, { en: 'the result of the next task', 'zh-cn': '下一个任务的结果' });
      },
    },
  ],
});
