// fails: break: the rows were read without error, so the transaction should commit
// Commits only when the rows ran out: a break leaves early, so it rolls back.
import type { Connection, Row } from './solution';

export async function* queryRows(conn: Connection, sql: string, batchSize: number): AsyncGenerator<Row, void, undefined> {
  await conn.execute('BEGIN');
  let finished = false;
  try {
    const cursor = await conn.openCursor(sql);
    try {
      while (true) {
        const batch = await cursor.fetch(batchSize);
        if (batch.length === 0) break;
        yield* batch;
      }
      finished = true;
    } finally {
      await cursor.close();
    }
  } finally {
    await conn.execute(finished ? 'COMMIT' : 'ROLLBACK');
  }
}
