import { defineChecks, type CheckContext } from '../../../../src/playground/exercise/api';
import type * as Solution from './solution';


/** Calls `step` on the generator and returns what it gave, or fails saying what `call` threw. */
function call(t: CheckContext, call: string, step: () => IteratorResult<number, void>): IteratorResult<number, void> {
  try {
    return step();
  } catch (err) {
    return t.fail({
      expected: { en: `${call} returns a result`, 'zh-cn': `${call} 返回一个结果` },
      happened: { en: `${call} threw ${t.show(err)}: the generator did not catch it`, 'zh-cn': `${call} 抛出了 ${t.show(err)}：生成器没有捕获它` },
    });
  }
}

/** The values a series of calls returns, for `t.equal`. */
const values = (t: CheckContext, calls: [string, () => IteratorResult<number, void>][]) =>
  calls.map(([name, step]) => call(t, name, step));

export default defineChecks<typeof Solution>({
  exports: ['runningTotal'],
  checks: [
    {
      id: 'first-yield',
      name: { en: 'the first next() yields the start', 'zh-cn': '第一次 next() 产出起始值' },
      run({ runningTotal }, t) {
        t.equal(runningTotal().next(), { value: 0, done: false }, { en: 'runningTotal().next()', 'zh-cn': 'runningTotal().next() 的结果' });
        t.equal(runningTotal(10).next(), { value: 10, done: false }, { en: 'runningTotal(10).next()', 'zh-cn': 'runningTotal(10).next() 的结果' });
      },
    },
    {
      id: 'adds',
      name: { en: 'each next(n) adds n and yields the total', 'zh-cn': '每次 next(n) 加上 n 并产出总和' },
      run({ runningTotal }, t) {
        const gen = runningTotal();
        const got = values(t, [['next()', () => gen.next()], ['next(5)', () => gen.next(5)], ['next(3)', () => gen.next(3)], ['next(-2)', () => gen.next(-2)]]);
        t.equal(got.map((r) => r.value), [0, 5, 8, 6], { en: 'the values of next(), next(5), next(3), next(-2)', 'zh-cn': 'next()、next(5)、next(3)、next(-2) 产出的值' });
      },
    },
    {
      id: 'keeps-total',
      name: { en: 'next() without a value keeps the total', 'zh-cn': '不带值的 next() 保持总和不变' },
      run({ runningTotal }, t) {
        const gen = runningTotal();
        const got = values(t, [['next()', () => gen.next()], ['next(4)', () => gen.next(4)], ['next()', () => gen.next()], ['next(1)', () => gen.next(1)]]);
        t.equal(got.map((r) => r.value), [0, 4, 4, 5], { en: 'the values of next(), next(4), next(), next(1)', 'zh-cn': 'next()、next(4)、next()、next(1) 产出的值' });
      },
    },
    {
      id: 'reset',
      name: { en: "throw(new Error('reset')) starts again from the start", 'zh-cn': "throw(new Error('reset')) 从起始值重新开始" },
      run({ runningTotal }, t) {
        const gen = runningTotal(10);
        const got = values(t, [
          ['next()', () => gen.next()],
          ['next(5)', () => gen.next(5)],
          ["throw(new Error('reset'))", () => gen.throw(new Error('reset'))],
          ['next(2)', () => gen.next(2)],
        ]);
        t.equal(got, [{ value: 10, done: false }, { value: 15, done: false }, { value: 10, done: false }, { value: 12, done: false }], {
          en: "what next(), next(5), throw(new Error('reset')), next(2) return",
          'zh-cn': "next()、next(5)、throw(new Error('reset'))、next(2) 的返回值",
        });
      },
    },
    {
      id: 'other-errors',
      name: { en: 'any other error comes out of throw() and ends the generator', 'zh-cn': '其他错误从 throw() 抛出，生成器随之结束' },
      run({ runningTotal }, t) {
        const gen = runningTotal();
        gen.next();
        const error = new Error('disk full');
        let thrown: unknown;
        let result: unknown;
        try {
          result = gen.throw(error);
        } catch (err) {
          thrown = err;
        }
        if (thrown !== error) {
          return t.fail({
            expected: { en: "gen.throw(new Error('disk full')) throws that same error back", 'zh-cn': "gen.throw(new Error('disk full')) 把同一个错误抛回来" },
            happened: thrown === undefined
              ? { en: `it caught Error: disk full and returned ${t.show(result)}`, 'zh-cn': `它捕获了 Error: disk full，并返回 ${t.show(result)}` }
              : { en: `it threw ${t.show(thrown)} instead`, 'zh-cn': `它抛出的是 ${t.show(thrown)}` },
          });
        }
        t.equal(gen.next(1), { value: undefined, done: true }, { en: 'next(1) after that', 'zh-cn': '之后 next(1) 的结果' });
      },
    },
  ],
});
