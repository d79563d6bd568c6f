// fails: rollback: the error was committed as if nothing had failed
// One finally for everything: the cursor is closed, but an error is committed too.
import type { Connection, Row } from './solution';

export async function* queryRows(conn: Connection, sql: string, batchSize: number): AsyncGenerator<Row, void, undefined> {
  await conn.execute('BEGIN');
  const cursor = await conn.openCursor(sql);
  try {
    while (true) {
      const batch = await cursor.fetch(batchSize);
      if (batch.length === 0) return;
      yield* batch;
    }
  } finally {
    await cursor.close();
    await conn.execute('COMMIT');
  }
}
