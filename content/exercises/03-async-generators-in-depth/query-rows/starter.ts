export interface Row {
  id: number;
  name: string;
}

export interface Cursor {
  /** Up to `count` more rows; an empty array after the last one. */
  fetch(count: number): Promise<Row[]>;
  close(): Promise<void>;
}

export interface Connection {
  /** Runs BEGIN, COMMIT or ROLLBACK. */
  execute(sql: string): Promise<void>;
  /** Opens a cursor over the query's rows; only inside a transaction. */
  openCursor(sql: string): Promise<Cursor>;
}

// Yields the right rows, but fetches the whole table before the first row comes
// out, and leaves the transaction open when something fails. Make it fetch a batch
// only when the loop needs more rows; close the cursor and end the transaction
// however the loop ends: COMMIT, or ROLLBACK after an error raised in here.
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

// Try it: a table of five users, read two rows at a time; the loop stops after the third.
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
  console.log(`row ${row.id}: ${row.name}`);
  if (row.id === 3) break;
}
console.log('after the loop');
