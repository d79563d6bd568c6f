const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type User = { id: number; name: string };

// A pretend PostgreSQL connection. Like the real thing, it opens a cursor
// only inside a transaction.
class FakeConnection {
  inTransaction = false;

  async execute(sql: string): Promise<void> {
    await sleep(10);
    console.log(`  SQL> ${sql}`);
    if (sql === "BEGIN") this.inTransaction = true;
    if (sql === "COMMIT" || sql === "ROLLBACK") this.inTransaction = false;
  }

  async openCursor(sql: string): Promise<FakeCursor> {
    await sleep(10);
    if (!this.inTransaction) throw new Error("cursors can only be used inside a transaction");
    if (sql.includes("missing")) throw new Error('relation "missing" does not exist');
    console.log(`  SQL> DECLARE c CURSOR FOR ${sql}`);
    return new FakeCursor([
      { id: 1, name: "Ada" },
      { id: 2, name: "Grace" },
      { id: 3, name: "Linus" },
      { id: 4, name: "Barbara" },
      { id: 5, name: "Ken" },
    ]);
  }
}

class FakeCursor {
  #rows: User[];
  #position = 0;

  constructor(rows: User[]) {
    this.#rows = rows;
  }

  async fetch(count: number): Promise<User[]> {
    await sleep(20);
    console.log(`  SQL> FETCH ${count} FROM c`);
    const batch = this.#rows.slice(this.#position, this.#position + count);
    this.#position += batch.length;
    return batch;
  }

  async close(): Promise<void> {
    await sleep(5);
    console.log("  SQL> CLOSE c");
  }
}

// Rows one at a time, fetched in batches, inside a transaction that is always ended.
async function* queryRows(conn: FakeConnection, sql: string, batchSize = 2): AsyncGenerator<User, void, undefined> {
  await conn.execute("BEGIN");
  let failed = false;
  try {
    const cursor = await conn.openCursor(sql);
    try {
      while (true) {
        const batch = await cursor.fetch(batchSize);
        if (batch.length === 0) return;
        yield* batch; // hand the rows out one by one
      }
    } finally {
      await cursor.close();
    }
  } catch (error) {
    failed = true; // only errors raised in here: a consumer's error arrives as return()
    throw error;
  } finally {
    await conn.execute(failed ? "ROLLBACK" : "COMMIT");
  }
}

const conn = new FakeConnection();

console.log("--- a cursor without a transaction ---");
try {
  await conn.openCursor("SELECT * FROM users");
} catch (error) {
  console.log(`  error: ${(error as Error).message}`);
}

console.log("--- every row ---");
for await (const user of queryRows(conn, "SELECT * FROM users")) {
  console.log(`row ${user.id}: ${user.name}`);
}

console.log("--- stop after Grace ---");
for await (const user of queryRows(conn, "SELECT * FROM users")) {
  console.log(`row ${user.id}: ${user.name}`);
  if (user.name === "Grace") break; // return(): the cursor is closed and the transaction ended first
}
console.log("after the loop");

console.log("--- an error inside the generator ---");
try {
  for await (const user of queryRows(conn, "SELECT * FROM missing")) console.log(user.name);
} catch (error) {
  console.log(`caught: ${(error as Error).message}`);
}

console.log("--- an error in the loop body ---");
try {
  for await (const user of queryRows(conn, "SELECT * FROM users")) {
    console.log(`row ${user.id}: ${user.name}`);
    throw new Error("the consumer failed"); // for await calls return(), as for break
  }
} catch (error) {
  console.log(`caught: ${(error as Error).message}`);
}
