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

// 一次产出一行；循环要行时才一批一批地取，
// 全程处在一个总会结束的事务中：COMMIT，或者在这里出错后 ROLLBACK。
export async function* queryRows(conn: Connection, sql: string, batchSize: number): AsyncGenerator<Row, void, undefined> {
  await conn.execute('BEGIN');
  let failed = false;
  try {
    const cursor = await conn.openCursor(sql);
    try {
      while (true) {
        const batch = await cursor.fetch(batchSize);
        if (batch.length === 0) return;
        yield* batch;
      }
    } finally {
      // break 时也会运行：循环调用 return()，生成器从这里离开。
      await cursor.close();
    }
  } catch (error) {
    failed = true; // 只有生成器里抛出的错误才算：break 不是错误
    throw error;
  } finally {
    await conn.execute(failed ? 'ROLLBACK' : 'COMMIT');
  }
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
