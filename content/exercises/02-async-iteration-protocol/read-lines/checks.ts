import { defineChecks } from '../../../../src/playground/exercise/api';
import { expectClosedOnce, fakeFile } from '../fake-file';
import type * as Solution from './solution';

export default defineChecks<typeof Solution>({
  exports: ['readLines'],
  checks: [
    {
      id: 'yields-lines',
      name: { en: 'yields every line in order', 'zh-cn': '按顺序产出每一行' },
      async run({ readLines }, t) {
        const { open } = fakeFile(t, ['a', 'b', 'c']);
        const got: string[] = [];
        for await (const line of readLines(open)) got.push(line);
        t.equal(got, ['a', 'b', 'c'], { en: 'the lines it yielded', 'zh-cn': '它产出的行' });
      },
    },
    {
      id: 'closes-at-end',
      name: { en: 'closes the file once after the last line', 'zh-cn': '读完最后一行后关闭文件一次' },
      async run({ readLines }, t) {
        const { open, state } = fakeFile(t, ['a', 'b']);
        for await (const _ of readLines(open));
        expectClosedOnce(t, state, { en: 'when the loop ends', 'zh-cn': '循环结束时' });
      },
    },
    {
      id: 'closes-on-break',
      name: { en: 'closes the file before a break goes on', 'zh-cn': 'break 继续往下之前已关闭文件' },
      async run({ readLines }, t) {
        const { open, state } = fakeFile(t, ['a', 'b', 'c']);
        for await (const _ of readLines(open)) break;
        expectClosedOnce(t, state, { en: 'when the code after the loop runs', 'zh-cn': '循环之后的代码运行时' });
      },
    },
    {
      id: 'closes-on-error',
      name: { en: 'closes the file when read() throws, and passes the error on', 'zh-cn': 'read() 抛出错误时关闭文件，并把错误传下去' },
      async run({ readLines }, t) {
        const { open, state } = fakeFile(t, ['a', 'b', 'c'], 2);
        let caught: unknown;
        try {
          for await (const _ of readLines(open));
        } catch (err) {
          caught = err;
        }
        t.equal(String(caught), 'Error: disk error', { en: 'what the loop caught', 'zh-cn': '循环捕获到的错误' });
        expectClosedOnce(t, state, { en: 'when the error reaches the loop', 'zh-cn': '错误到达循环时' });
      },
    },
  ],
});
