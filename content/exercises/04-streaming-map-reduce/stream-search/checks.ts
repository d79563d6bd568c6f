import { defineChecks, type CheckContext } from '../../../../src/playground/exercise/api';
import type * as Solution from './solution';

/**
 * A model whose map calls take `mapMs[chunk]` and remember when they started and ended,
 * and whose reduce writes one piece per partial answer, 10 ms each, counting the pieces
 * it wrote and noting whether its finally ran.
 */
function fakeModel(t: CheckContext, mapMs: Record<string, number>) {
  const calls: { chunk: string; start: number; end?: number }[] = [];
  const reduce = { pieces: 0, finallyRan: false };
  const model: Solution.Model = {
    // A plain function, not an async one: the timeline shows the calls, not a helper.
    map(chunk) {
      const call: (typeof calls)[number] = { chunk, start: t.now() };
      calls.push(call);
      return new Promise((resolve) => setTimeout(() => {
        call.end = t.now();
        resolve(`about ${chunk}`);
      }, mapMs[chunk] ?? 10));
    },
    async *reduce(partials) {
      try {
        for (const partial of partials) {
          await t.sleep(10);
          reduce.pieces++;
          yield `${partial}; `;
        }
      } finally {
        reduce.finallyRan = true;
      }
    },
  };
  return { model, calls, reduce };
}

const ms = (n: number | undefined) => (n === undefined ? '—' : `${Math.round(n)} ms`);

export default defineChecks<typeof Solution>({
  exports: ['streamSearch'],
  checks: [
    {
      id: 'records',
      name: { en: 'yields the context record, then the answer piece by piece, in the chunks\' order', 'zh-cn': '先产出上下文记录，再按文本块的顺序逐段产出答案' },
      async run({ streamSearch }, t) {
        // The first chunk is the slowest: its partial answer comes back last.
        const { model } = fakeModel(t, { a: 60, b: 10, c: 30 });
        const got = await t.within(Array.fromAsync(streamSearch(['a', 'b', 'c'], model)), 1000, { en: 'the search ends', 'zh-cn': '搜索结束' });
        const [first, ...rest] = got;
        t.equal(first, { kind: 'context', chunks: ['a', 'b', 'c'] }, { en: "the first record of streamSearch(['a', 'b', 'c'], model)", 'zh-cn': "streamSearch(['a', 'b', 'c'], model) 的第一条记录" });
        t.equal(rest.map((r) => r.kind), ['token', 'token', 'token'], { en: 'the kinds of the records after it', 'zh-cn': '它之后各条记录的 kind' });
        const text = rest.map((r) => (r.kind === 'token' ? r.text : '')).join('');
        t.equal(text, 'about a; about b; about c; ', { en: 'the answer the token records spell', 'zh-cn': '各条 token 记录拼出的答案' });
      },
    },
    {
      id: 'map-overlaps',
      name: { en: 'the map calls run at the same time', 'zh-cn': '各次映射调用同时进行' },
      async run({ streamSearch }, t) {
        const { model, calls } = fakeModel(t, { a: 60, b: 60, c: 60 });
        const gen = streamSearch(['a', 'b', 'c'], model);
        await t.within(gen.next(), 1000, { en: 'the context record arrives', 'zh-cn': '上下文记录到达' });
        await gen.return();
        if (calls.length !== 3) {
          return t.fail({
            expected: { en: 'before the context record, model.map() is called once per chunk: 3 times', 'zh-cn': '上下文记录之前，每个文本块调用一次 model.map()：共 3 次' },
            happened: { en: `it was called ${calls.length} times`, 'zh-cn': `它被调用了 ${calls.length} 次` },
          });
        }
        const firstEnd = Math.min(...calls.map((c) => c.end ?? Infinity));
        const late = calls.find((c) => c.start >= firstEnd);
        if (late) {
          return t.fail({
            expected: { en: 'all three map calls start before any of them has finished', 'zh-cn': '三次映射调用都在任何一次结束之前就已开始' },
            happened: {
              en: `model.map('${late.chunk}') started at ${ms(late.start)}, after a call had finished at ${ms(firstEnd)}: the calls waited for each other`,
              'zh-cn': `model.map('${late.chunk}') 在 ${ms(late.start)} 才开始，而已有一次调用在 ${ms(firstEnd)} 结束：各次调用在互相等待`,
            },
            show: 'timeline',
          });
        }
      },
    },
    {
      id: 'streams',
      name: { en: 'passes on each piece as soon as the model has written it', 'zh-cn': '模型每写出一段就立刻传出去' },
      async run({ streamSearch }, t) {
        const { model, reduce } = fakeModel(t, {});
        const gen = streamSearch(['a', 'b', 'c'], model);
        const firstToken = async () => {
          for (let r = await gen.next(); !r.done; r = await gen.next()) if (r.value.kind === 'token') return;
        };
        await t.within(firstToken(), 1000, { en: 'the first piece arrives', 'zh-cn': '第一段到达' });
        const written = reduce.pieces;
        await gen.return();
        if (written !== 1) {
          return t.fail({
            expected: { en: 'when the first piece of the answer arrives, the model has written 1 piece', 'zh-cn': '答案的第一段到达时，模型只写出了 1 段' },
            happened: { en: `by then it had written ${written}: the search waited for the whole answer before passing on its first piece`, 'zh-cn': `那时它已经写出了 ${written} 段：搜索等整个答案写完才传出第一段` },
          });
        }
      },
    },
    {
      id: 'stops-early',
      name: { en: "a break stops the model's reduce stream (its finally runs)", 'zh-cn': 'break 会让模型的归约流停下（它的 finally 会运行）' },
      async run({ streamSearch }, t) {
        const { model, reduce } = fakeModel(t, {});
        for await (const record of streamSearch(['a', 'b', 'c'], model)) {
          if (record.kind === 'token') break;
        }
        if (!reduce.finallyRan) {
          return t.fail({
            expected: { en: "when the consumer's loop goes on after a break, the model's reduce stream has run its finally", 'zh-cn': '消费者的循环在 break 之后继续往下时，模型的归约流已经运行了它的 finally' },
            happened: { en: "its finally had not run: the search never passed the return() on to the reduce stream", 'zh-cn': '它的 finally 还没有运行：搜索没有把 return() 传给归约流' },
          });
        }
        t.equal(reduce.pieces, 1, { en: 'pieces the model wrote', 'zh-cn': '模型写出的段数' });
      },
    },
  ],
});
