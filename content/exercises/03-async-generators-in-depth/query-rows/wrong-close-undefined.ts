// fails: open-fails: TypeError
// One try for everything: when openCursor throws, there is no cursor to close.
import type { Connection, Cursor, Row } from './solution';

export async function* queryRows(conn: Connection, sql: string, batchSize: number): AsyncGenerator<Row, void, undefined> {
  await conn.execute('BEGIN');
  let cursor: Cursor | undefined;
  let failed = false;
  try {
    cursor = await conn.openCursor(sql);
    while (true) {
      const batch = await cursor.fetch(batchSize);
      if (batch.length === 0) return;
      yield* batch;
    }
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await cursor!.close();
    await conn.execute(failed ? 'ROLLBACK' : 'COMMIT');
  }
}
