// fails: break: the cursor was left open and the transaction never ended
// Lazy now, but the cleanup after the loop never runs when the consumer breaks.
import type { Connection, Row } from './solution';

export async function* queryRows(conn: Connection, sql: string, batchSize: number): AsyncGenerator<Row, void, undefined> {
  await conn.execute('BEGIN');
  try {
    const cursor = await conn.openCursor(sql);
    while (true) {
      const batch = await cursor.fetch(batchSize);
      if (batch.length === 0) break;
      yield* batch;
    }
    await cursor.close();
    await conn.execute('COMMIT');
  } catch (error) {
    await conn.execute('ROLLBACK');
    throw error;
  }
}
