import { defineChecks, type CheckContext } from '../../../../src/playground/exercise/api';
import type * as Solution from './solution';

const NAMES = ['Ada', 'Grace', 'Linus', 'Barbara', 'Ken'];

/**
 * A fake connection over a table of five users. It records every statement (BEGIN,
 * DECLARE, FETCH n, CLOSE, COMMIT, ROLLBACK); `fail` makes openCursor or the second
 * fetch throw. Each step takes a few ms, as a real round trip would.
 */
function fakeDb(t: CheckContext, fail?: 'open' | 'fetch') {
  const log: string[] = [];
  let fetches = 0;
  const conn: Solution.Connection = {
    async execute(sql) {
      await t.sleep(3);
      log.push(sql);
    },
    async openCursor() {
      await t.sleep(3);
      if (log.at(-1) !== 'BEGIN') throw new Error('cursors can only be used inside a transaction');
      if (fail === 'open') throw new Error('relation "missing" does not exist');
      log.push('DECLARE');
      let next = 0;
      return {
        async fetch(count) {
          await t.sleep(5);
          log.push(`FETCH ${count}`);
          if (fail === 'fetch' && ++fetches === 2) throw new Error('ECONNRESET');
          const batch = NAMES.slice(next, next + count).map((name, i) => ({ id: next + i + 1, name }));
          next += batch.length;
          return batch;
        },
        async close() {
          await t.sleep(3);
          log.push('CLOSE');
        },
      };
    },
  };
  const fetched = () => log.filter((s) => s.startsWith('FETCH')).length;
  /** The statements that end things: CLOSE, COMMIT, ROLLBACK, in the order they ran. */
  const ending = () => log.filter((s) => s === 'CLOSE' || s === 'COMMIT' || s === 'ROLLBACK');
  return { conn, log, fetched, ending };
}

const list = (s: string[]) => ({ en: s.join(' then '), 'zh-cn': s.join('、') });

/** Fails unless the statements that close and end things (`got`) are `want`, in that order, by `when`. */
function expectEnding(t: CheckContext, got: string[], want: string[], when: { en: string; 'zh-cn': string }) {
  if (got.join() === want.join()) return;
  const why =
    got.length === 0
      ? want.includes('CLOSE')
        ? { en: ': the cursor was left open and the transaction never ended', 'zh-cn': '：游标一直开着，事务也从未结束' }
        : { en: ': the transaction never ended', 'zh-cn': '：事务从未结束' }
      : want.includes('COMMIT') && got.includes('ROLLBACK')
        ? { en: ': the rows were read without error, so the transaction should commit', 'zh-cn': '：这些行读取时没有出错，事务应当提交' }
        : want.includes('ROLLBACK') && got.includes('COMMIT')
          ? { en: ': the error was committed as if nothing had failed', 'zh-cn': '：出了错却照样提交，好像什么都没失败' }
          : want.includes('CLOSE') && !got.includes('CLOSE')
            ? { en: ': the cursor was never closed', 'zh-cn': '：游标从未关闭' }
            : { en: '', 'zh-cn': '' };
  t.fail({
    expected: { en: `${when.en}, it has run ${list(want).en}`, 'zh-cn': `${when['zh-cn']}，已经依次运行了 ${list(want)['zh-cn']}` },
    happened: got.length === 0
      ? { en: `by then it had run none of CLOSE, COMMIT, ROLLBACK${why.en}`, 'zh-cn': `那时 CLOSE、COMMIT、ROLLBACK 一条都还没有运行${why['zh-cn']}` }
      : { en: `by then it had run ${list(got).en}${why.en}`, 'zh-cn': `那时它运行的是 ${list(got)['zh-cn']}${why['zh-cn']}` },
  });
}

/** Reads every row from a database that fails at `fail`: the loop must catch `error`, after `want` has run. */
async function expectFailure(t: CheckContext, queryRows: typeof Solution.queryRows, fail: 'open' | 'fetch', error: string, want: string[]) {
  const { conn, ending } = fakeDb(t, fail);
  let caught: unknown;
  try {
    for await (const _ of queryRows(conn, 'SELECT * FROM users', 2));
  } catch (err) {
    caught = err;
  }
  t.equal(t.show(caught), error, { en: 'what the loop caught', 'zh-cn': '循环捕获到的错误' });
  expectEnding(t, ending(), want, { en: 'When the error reaches the loop', 'zh-cn': '错误到达循环时' });
}

export default defineChecks<typeof Solution>({
  exports: ['queryRows'],
  checks: [
    {
      id: 'rows',
      name: { en: 'yields every row in order, then closes the cursor and commits', 'zh-cn': '按顺序产出每一行，然后关闭游标并提交' },
      async run({ queryRows }, t) {
        const { conn, ending } = fakeDb(t);
        const got: string[] = [];
        const loop = (async () => {
          for await (const row of queryRows(conn, 'SELECT * FROM users', 2)) got.push(row.name);
        })();
        await t.within(loop, 1000, { en: 'the for await loop ends', 'zh-cn': '`for await` 循环结束' });
        t.equal(got, NAMES, { en: 'the names of the rows it yielded', 'zh-cn': '它产出的行的名字' });
        expectEnding(t, ending(), ['CLOSE', 'COMMIT'], { en: 'When the loop ends', 'zh-cn': '循环结束时' });
      },
    },
    {
      id: 'lazy',
      name: { en: 'fetches a batch only when the loop needs more rows', 'zh-cn': '只在循环需要更多行时才取下一批' },
      async run({ queryRows }, t) {
        const { conn, fetched } = fakeDb(t);
        const gen = queryRows(conn, 'SELECT * FROM users', 2);
        await t.within(gen.next(), 500, { en: 'the first row', 'zh-cn': '第一行' });
        const atFirst = fetched();
        await gen.return();
        if (atFirst !== 1) {
          return t.fail({
            expected: { en: 'when the first row comes out, one batch of 2 rows has been fetched', 'zh-cn': '第一行出来时，只取了一批（2 行）' },
            happened: {
              en: `${atFirst} batches had been fetched by then: it read the whole table before the loop got its first row`,
              'zh-cn': `那时已经取了 ${atFirst} 批：循环拿到第一行之前，它就读完了整张表`,
            },
          });
        }
      },
    },
    {
      id: 'break',
      name: { en: 'closes the cursor and commits before the code after a break runs', 'zh-cn': 'break 之后的代码运行前，已关闭游标并提交' },
      async run({ queryRows }, t) {
        const { conn, ending } = fakeDb(t);
        for await (const row of queryRows(conn, 'SELECT * FROM users', 2)) {
          if (row.name === 'Linus') break;
        }
        expectEnding(t, ending(), ['CLOSE', 'COMMIT'], { en: 'When the code after the loop runs', 'zh-cn': '循环之后的代码运行时' });
      },
    },
    {
      id: 'rollback',
      name: { en: 'when a fetch fails: closes the cursor, rolls back, and passes the error on', 'zh-cn': '取数据失败时：关闭游标、回滚，并把错误传下去' },
      run: ({ queryRows }, t) => expectFailure(t, queryRows, 'fetch', 'Error: ECONNRESET', ['CLOSE', 'ROLLBACK']),
    },
    {
      id: 'open-fails',
      name: { en: 'when the cursor cannot be opened: rolls back and passes the error on', 'zh-cn': '游标无法打开时：回滚，并把错误传下去' },
      run: ({ queryRows }, t) => expectFailure(t, queryRows, 'open', 'Error: relation "missing" does not exist', ['ROLLBACK']),
    },
  ],
});
