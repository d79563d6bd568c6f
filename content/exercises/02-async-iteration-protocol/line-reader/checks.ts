import { defineChecks } from '../../../../src/playground/exercise/api';
import { expectClosedOnce, fakeFile, times } from '../fake-file';
import type * as Solution from './solution';

export default defineChecks<typeof Solution>({
  exports: ['LineReader'],
  checks: [
    {
      id: 'reads-lines',
      name: { en: 'for await reads every line in order', 'zh-cn': '`for await` 按顺序读出每一行' },
      async run({ LineReader }, t) {
        const { open } = fakeFile(t, ['a', 'b', 'c']);
        const got: string[] = [];
        for await (const line of new LineReader(open)) got.push(line);
        t.equal(got, ['a', 'b', 'c'], { en: 'the lines it read', 'zh-cn': '它读出的行' });
      },
    },
    {
      id: 'closes-at-end',
      name: { en: 'closes the file once after the last line', 'zh-cn': '读完最后一行后关闭文件一次' },
      async run({ LineReader }, t) {
        const { open, state } = fakeFile(t, ['a']);
        const reader = new LineReader(open);
        for await (const _ of reader);
        expectClosedOnce(t, state, { en: 'when the loop ends', 'zh-cn': '循环结束时' });
        t.equal(await reader.next(), { value: undefined, done: true }, { en: 'next() after the end', 'zh-cn': '结束后 next() 的结果' });
        expectClosedOnce(t, state, { en: 'after one more next()', 'zh-cn': '再调用一次 next() 之后' });
      },
    },
    {
      id: 'break-closes',
      name: { en: 'a break closes the file (for await calls return())', 'zh-cn': 'break 会关闭文件（`for await` 会调用 return()）' },
      async run({ LineReader }, t) {
        const { open, state } = fakeFile(t, ['a', 'b', 'c']);
        for await (const _ of new LineReader(open)) break;
        expectClosedOnce(t, state, { en: 'when the code after the loop runs', 'zh-cn': '循环之后的代码运行时' });
      },
    },
    {
      id: 'done-after-return',
      name: { en: 'after return(), next() is done and reads nothing', 'zh-cn': 'return() 之后，next() 返回结束且不再读取' },
      async run({ LineReader }, t) {
        const { open, state } = fakeFile(t, ['a', 'b', 'c']);
        const reader = new LineReader(open);
        await reader.next();
        if (!reader.return) {
          return t.fail({
            expected: { en: 'LineReader has a return() method', 'zh-cn': 'LineReader 有一个 return() 方法' },
            happened: { en: 'it has none, so for await cannot tell it the loop has ended', 'zh-cn': '它没有，于是 `for await` 无法告诉它循环已经结束' },
          });
        }
        t.equal(await reader.return(), { value: undefined, done: true }, { en: 'what return() resolved with', 'zh-cn': 'return() 兑现的值' });
        const reads = state.reads;
        const after = await reader.next();
        if (state.reads !== reads || !after.done) {
          return t.fail({
            expected: { en: 'next() after return() resolves { value: undefined, done: true } without reading', 'zh-cn': 'return() 之后的 next() 不读取文件，直接兑现 { value: undefined, done: true }' },
            happened: { en: `it read the file again and resolved ${t.show(after)}`, 'zh-cn': `它又读取了文件，并兑现 ${t.show(after)}` },
          });
        }
        await reader.return();
        expectClosedOnce(t, state, { en: 'after return() was called twice', 'zh-cn': '调用两次 return() 之后' });
      },
    },
    {
      id: 'return-before-start',
      name: { en: 'return() before any next() does not even open the file', 'zh-cn': '在任何 next() 之前调用 return()，连文件都不打开' },
      async run({ LineReader }, t) {
        const { open, state } = fakeFile(t, ['a']);
        const reader = new LineReader(open);
        await reader.return?.();
        const after = await reader.next();
        if (state.opened > 0) {
          return t.fail({
            expected: { en: 'open() is never called: nobody asked for a line', 'zh-cn': '从未调用 open()：没有人要过一行' },
            happened: { en: `open() was called ${times(state.opened).en}`, 'zh-cn': `open() 被调用了 ${times(state.opened)['zh-cn']}` },
          });
        }
        t.equal(after, { value: undefined, done: true }, { en: 'next() after return()', 'zh-cn': 'return() 之后 next() 的结果' });
      },
    },
  ],
});
