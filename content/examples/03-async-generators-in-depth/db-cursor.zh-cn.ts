const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type User = { id: number; name: string };

// 一个假想的 PostgreSQL 连接。和真的一样，它只在事务内部打开游标。
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
    if (!this.inTransaction) throw new Error("游标只能在事务内部使用");
    if (sql.includes("missing")) throw new Error('关系 "missing" 不存在');
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

// 一次产出一行，分批获取，全程在一个事务里，而且事务总会结束。
async function* queryRows(conn: FakeConnection, sql: string, batchSize = 2): AsyncGenerator<User, void, undefined> {
  await conn.execute("BEGIN");
  let failed = false;
  try {
    const cursor = await conn.openCursor(sql);
    try {
      while (true) {
        const batch = await cursor.fetch(batchSize);
        if (batch.length === 0) return;
        yield* batch; // 把这批行逐一产出
      }
    } finally {
      await cursor.close();
    }
  } catch (error) {
    failed = true; // 只有这里面抛出的错误才算：消费者那边的错误是以 return() 的形式到达的
    throw error;
  } finally {
    await conn.execute(failed ? "ROLLBACK" : "COMMIT");
  }
}

const conn = new FakeConnection();

console.log("--- 没有事务就打开游标 ---");
try {
  await conn.openCursor("SELECT * FROM users");
} catch (error) {
  console.log(`  错误: ${(error as Error).message}`);
}

console.log("--- 读取每一行 ---");
for await (const user of queryRows(conn, "SELECT * FROM users")) {
  console.log(`第 ${user.id} 行: ${user.name}`);
}

console.log("--- 读到 Grace 就停 ---");
for await (const user of queryRows(conn, "SELECT * FROM users")) {
  console.log(`第 ${user.id} 行: ${user.name}`);
  if (user.name === "Grace") break; // return()：先关闭游标、结束事务，循环才算退出
}
console.log("循环之后");

console.log("--- 生成器内部出错 ---");
try {
  for await (const user of queryRows(conn, "SELECT * FROM missing")) console.log(user.name);
} catch (error) {
  console.log(`捕获: ${(error as Error).message}`);
}

console.log("--- 循环体里出错 ---");
try {
  for await (const user of queryRows(conn, "SELECT * FROM users")) {
    console.log(`第 ${user.id} 行: ${user.name}`);
    throw new Error("消费者出错了"); // `for await` 会调用 return()，和 break 时一样
  }
} catch (error) {
  console.log(`捕获: ${(error as Error).message}`);
}
