import { defineChecks, type CheckContext } from '../../../../src/playground/exercise/api';
import type * as Solution from './solution';

/**
 * A search that yields a context record, then `tokens`, 5 ms apart. It counts the tokens
 * it wrote (a token is written only when someone asks for it) and notes whether its
 * finally ran.
 */
function fakeSearch(t: CheckContext, tokens: string[]) {
  const state = { written: 0, finallyRan: false };
  async function* search(): AsyncGenerator<Solution.SearchRecord, void, undefined> {
    try {
      await t.sleep(5);
      yield { kind: 'context', records: '3 reports' };
      for (const text of tokens) {
        await t.sleep(5);
        state.written++;
        yield { kind: 'token', text };
      }
    } finally {
      state.finallyRan = true;
    }
  }
  return { search: search(), state };
}

const TEN = Array.from({ length: 10 }, () => 'abcd');

export default defineChecks<typeof Solution>({
  exports: ['collectAnswer'],
  checks: [
    {
      id: 'collects',
      name: { en: 'collects the sources and the whole text when the budget is not reached', 'zh-cn': '预算没用完时，收集来源和完整的文本' },
      async run({ collectAnswer }, t) {
        const { search } = fakeSearch(t, ['Hello', ', ', 'world']);
        t.equal(await collectAnswer(search, 100), { sources: '3 reports', text: 'Hello, world', complete: true }, {
          en: 'what collectAnswer(search, 100) resolved with',
          'zh-cn': 'collectAnswer(search, 100) 兑现的值',
        });
      },
    },
    {
      id: 'stops-at-budget',
      name: { en: 'stops reading once the text is long enough', 'zh-cn': '文本够长时就停止读取' },
      async run({ collectAnswer }, t) {
        const { search, state } = fakeSearch(t, TEN);
        const answer = await t.within(collectAnswer(search, 6), 500, { en: 'collectAnswer(search, 6) resolves', 'zh-cn': 'collectAnswer(search, 6) 兑现' });
        if (state.written !== 2) {
          return t.fail({
            expected: {
              en: 'collectAnswer(search, 6) reads 2 tokens of "abcd" (8 characters, the first time it has 6 or more), then stops asking',
              'zh-cn': 'collectAnswer(search, 6) 读取 2 个 "abcd"（8 个字符，第一次达到 6 个或更多），然后不再索要',
            },
            happened: state.written > 2
              ? { en: `it read ${state.written} tokens: it went on asking after the text was long enough`, 'zh-cn': `它读取了 ${state.written} 段文本：文本已经够长了，它还在继续索要` }
              : { en: `it read ${state.written} tokens`, 'zh-cn': `它读取了 ${state.written} 段文本` },
          });
        }
        t.equal(answer, { sources: '3 reports', text: 'abcdabcd', complete: false }, { en: 'what it resolved with', 'zh-cn': '它兑现的值' });
      },
    },
    {
      id: 'stops-search',
      name: { en: 'the search has cleaned up (its finally ran) when collectAnswer resolves', 'zh-cn': 'collectAnswer 兑现时，搜索已完成清理（它的 finally 已运行）' },
      async run({ collectAnswer }, t) {
        const { search, state } = fakeSearch(t, TEN);
        await t.within(collectAnswer(search, 6), 500, { en: 'collectAnswer(search, 6) resolves', 'zh-cn': 'collectAnswer(search, 6) 兑现' });
        if (!state.finallyRan) {
          return t.fail({
            expected: { en: "when collectAnswer stops early, the search's return() is called, so its finally has run", 'zh-cn': 'collectAnswer 提前停下时，会调用搜索的 return()，于是它的 finally 已经运行' },
            happened: { en: "collectAnswer resolved, but the search's finally had not run: it was left paused, never told to stop", 'zh-cn': 'collectAnswer 已经兑现，搜索的 finally 却还没有运行：它被停在半路，没有人告诉它停下' },
          });
        }
      },
    },
  ],
});
