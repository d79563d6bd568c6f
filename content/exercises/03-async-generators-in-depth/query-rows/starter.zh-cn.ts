export interface Row {
  id: number;
  name: string;
}

export interface Cursor {
  /** 最多 `count` 行；最后一行之后为空数组。 */
  fetch(count: number): Promise<Row[]>;
  close(): Promise<void>;
}

export interface Connection {
  /** 执行 BEGIN、COMMIT 或 ROLLBACK。 */
  execute(sql: string): Promise<void>;
  /** 为查询结果打开一个游标；只能在事务之内。 */
  openCursor(sql: string): Promise<Cursor>;
}

// 产出的行是对的，但它在第一行出来之前就取完了整张表，
// 出错时还让事务一直开着。让它只在循环需要更多行时才取下一批；
// 无论循环怎样结束，都关闭游标并结束事务：
// COMMIT，或者在这里抛出错误后 ROLLBACK。
export async function* queryRows(conn: Connection, sql: string, batchSize: number): AsyncGenerator<Row, void, undefined> {
  await conn.execute('BEGIN');
  const cursor = await conn.openCursor(sql);
  const rows: Row[] = [];
  while (true) {
    const batch = await cursor.fetch(batchSize);
    if (batch.length === 0) break;
    rows.push(...batch);
  }
  await cursor.close();
  await conn.execute('COMMIT');
  yield* rows;
}

// 试一试：一张有五个用户的表，每次读两行；循环读到第三行就停下。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const names = ['Ada', 'Grace', 'Linus', 'Barbara', 'Ken'];
const conn: Connection = {
  execute: async (sql) => (await sleep(5), console.log(`SQL> ${sql}`)),
  async openCursor(sql) {
    await sleep(5);
    console.log(`SQL> DECLARE c CURSOR FOR ${sql}`);
    let next = 0;
    return {
      async fetch(count) {
        await sleep(10);
        console.log(`SQL> FETCH ${count} FROM c`);
        const batch = names.slice(next, next + count).map((name, i) => ({ id: next + i + 1, name }));
        next += batch.length;
        return batch;
      },
      close: async () => (await sleep(5), console.log('SQL> CLOSE c')),
    };
  },
};
for await (const row of queryRows(conn, 'SELECT * FROM users', 2)) {
  console.log(`第 ${row.id} 行: ${row.name}`);
  if (row.id === 3) break;
}
console.log('循环之后');
