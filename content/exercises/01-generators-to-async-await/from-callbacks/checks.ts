import { defineChecks, type CheckContext } from '../../../../src/playground/exercise/api';
import type * as Solution from './solution';

/**
 * A fake source: pushes `values` one per `every` ms (all at once, inside subscribe, when
 * `every` is 0), then ends unless `endless`; counts the calls of its unsubscribe.
 */
function source<T>(values: T[], every: number, endless = false) {
  const state = { subscribed: 0, unsubscribed: 0 };
  const subscribe: Solution.Subscribe<T> = (onValue, onEnd) => {
    state.subscribed++;
    let i = 0;
    let timer: ReturnType<typeof setInterval> | undefined;
    const push = () => {
      if (i < values.length || endless) return onValue(values[i++ % values.length]);
      clearInterval(timer);
      onEnd();
    };
    if (every > 0) timer = setInterval(push, every);
    else {
      while (i < values.length) push();
      push();
    }
    return () => {
      state.unsubscribed++;
      clearInterval(timer);
    };
  };
  return { subscribe, state };
}

/** Collects up to `max` values from the reader's generator, slowly if `pause` is set. */
async function collect<T>(t: CheckContext, gen: AsyncIterable<T>, opts: { max?: number; pause?: number } = {}): Promise<T[]> {
  const got: T[] = [];
  const loop = (async () => {
    for await (const value of gen) {
      got.push(value);
      if (opts.pause) await t.sleep(opts.pause);
      if (got.length === opts.max) break;
    }
  })();
  await t.within(loop, 600, { en: 'the for await loop ends', 'zh-cn': '`for await` 循环结束' });
  return got;
}

const times = (n: number) => ({ en: `${n} time${n === 1 ? '' : 's'}`, 'zh-cn': `${n} 次` });

export default defineChecks<typeof Solution>({
  exports: ['fromCallbacks'],
  checks: [
    {
      id: 'in-order',
      name: { en: 'yields every value in order, and ends when the source ends', 'zh-cn': '按顺序产出每个值，数据源结束时随之结束' },
      async run({ fromCallbacks }, t) {
        const { subscribe } = source([1, 2, 3], 15);
        t.equal(await collect(t, fromCallbacks(subscribe)), [1, 2, 3], { en: 'the values it yielded', 'zh-cn': '它产出的值' });
      },
    },
    {
      id: 'keeps-bursts',
      name: { en: 'keeps values that arrive while the loop is busy', 'zh-cn': '循环忙着时到达的值不会丢失' },
      async run({ fromCallbacks }, t) {
        // All three arrive at once, inside subscribe; the loop takes 20 ms over each.
        const { subscribe } = source(['a', 'b', 'c'], 0);
        t.equal(await collect(t, fromCallbacks(subscribe), { pause: 20 }), ['a', 'b', 'c'], { en: 'the values it yielded', 'zh-cn': '它产出的值' });
      },
    },
    {
      id: 'unsubscribes-on-break',
      name: { en: 'unsubscribes when the loop breaks out early', 'zh-cn': '循环提前 break 时取消订阅' },
      async run({ fromCallbacks }, t) {
        const { subscribe, state } = source([1, 2, 3], 10, true);
        await collect(t, fromCallbacks(subscribe), { max: 2 });
        if (state.unsubscribed !== 1) {
          return t.fail({
            expected: { en: 'unsubscribe is called once, by the time the loop has broken out', 'zh-cn': '循环 break 出来时，取消订阅的函数已被调用一次' },
            happened: { en: `unsubscribe was called ${times(state.unsubscribed).en}, and the source kept pushing`, 'zh-cn': `取消订阅的函数被调用了 ${times(state.unsubscribed)['zh-cn']}，数据源还在推送` },
            show: 'timeline',
          });
        }
        await t.sleep(30);
        if (t.timersLeft() > 0) {
          return t.fail({
            expected: { en: "no timer is left once the loop is over", 'zh-cn': '循环结束后不留下任何计时器' },
            happened: { en: `${t.timersLeft()} timer(s) still pending`, 'zh-cn': `还有 ${t.timersLeft()} 个计时器未结束` },
          });
        }
      },
    },
    {
      id: 'unsubscribes-at-end',
      name: { en: 'unsubscribes once the source has ended too', 'zh-cn': '数据源结束后也取消订阅' },
      async run({ fromCallbacks }, t) {
        const { subscribe, state } = source([1], 10);
        await collect(t, fromCallbacks(subscribe));
        t.equal(state.unsubscribed, 1, { en: 'how many times unsubscribe was called', 'zh-cn': '取消订阅的函数被调用的次数' });
      },
    },
  ],
});
