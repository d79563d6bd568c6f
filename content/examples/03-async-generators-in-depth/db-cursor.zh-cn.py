# 事务里的游标，写成异步生成器：分批获取行，以及 break、aclosing() 和异常对事务各有什么影响。
import asyncio
from contextlib import aclosing


# 一个 asyncpg 风格的假想 PostgreSQL 连接。和真的一样，它只在事务内部打开游标。
class FakeConnection:
    def __init__(self):
        self.in_transaction = False

    async def execute(self, sql):
        await asyncio.sleep(0.01)
        print(f"  SQL> {sql}")
        if sql == "BEGIN":
            self.in_transaction = True
        if sql in ("COMMIT", "ROLLBACK"):
            self.in_transaction = False

    def transaction(self):
        return Transaction(self)

    async def cursor(self, sql):
        await asyncio.sleep(0.01)
        if not self.in_transaction:
            raise RuntimeError("游标只能在事务内部创建")
        if "missing" in sql:
            raise RuntimeError('关系 "missing" 不存在')
        print(f"  SQL> DECLARE c CURSOR FOR {sql}")
        return FakeCursor(
            [
                {"id": 1, "name": "Ada"},
                {"id": 2, "name": "Grace"},
                {"id": 3, "name": "Linus"},
                {"id": 4, "name": "Barbara"},
                {"id": 5, "name": "Ken"},
            ]
        )


# `async with conn.transaction()`：块正常结束时提交。和 asyncpg 的一样，遇到任何异常都回滚，
# 包括 GeneratorExit：被关闭的生成器看到的正是它。
class Transaction:
    def __init__(self, conn):
        self.conn = conn

    async def __aenter__(self):
        await self.conn.execute("BEGIN")

    async def __aexit__(self, exc_type, exc, tb):
        await self.conn.execute("ROLLBACK" if exc_type else "COMMIT")


class FakeCursor:
    def __init__(self, rows):
        self.rows = rows
        self.position = 0

    async def fetch(self, count):
        await asyncio.sleep(0.02)
        print(f"  SQL> FETCH {count} FROM c")
        batch = self.rows[self.position : self.position + count]
        self.position += len(batch)
        return batch

    async def close(self):
        await asyncio.sleep(0.005)
        print("  SQL> CLOSE c")


# 一次产出一行，分批获取，全程在一个事务里，而且事务总会结束。
async def query_rows(conn, sql, batch_size=2):
    async with conn.transaction():
        cursor = await conn.cursor(sql)
        try:
            while batch := await cursor.fetch(batch_size):
                for row in batch:  # 异步生成器里不允许 `yield from`
                    yield row
        finally:
            await cursor.close()


async def main():
    conn = FakeConnection()

    print("--- 没有事务就打开游标 ---")
    try:
        await conn.cursor("SELECT * FROM users")
    except RuntimeError as error:
        print(f"  错误: {error}")

    print("--- 读取每一行 ---")
    async for user in query_rows(conn, "SELECT * FROM users"):
        print(f"第 {user['id']} 行: {user['name']}")

    print("--- 读到 Grace 就停 ---")
    rows = query_rows(conn, "SELECT * FROM users")
    async for user in rows:
        print(f"第 {user['id']} 行: {user['name']}")
        if user["name"] == "Grace":
            break  # `async for` 什么也不关闭：生成器停在它的 yield 处
    print("循环之后：游标和事务都还开着")
    await rows.aclose()  # GeneratorExit 在 yield 处抛出：游标关闭，事务回滚

    print("--- 读到 Grace 就停，用 aclosing() ---")
    async with aclosing(query_rows(conn, "SELECT * FROM users")) as rows:
        async for user in rows:
            print(f"第 {user['id']} 行: {user['name']}")
            if user["name"] == "Grace":
                break
    print("循环之后")

    print("--- 生成器内部出错 ---")
    try:
        async for user in query_rows(conn, "SELECT * FROM missing"):
            print(user["name"])
    except RuntimeError as error:
        print(f"捕获: {error}")

    print("--- 循环体里出错 ---")
    try:
        async with aclosing(query_rows(conn, "SELECT * FROM users")) as rows:
            async for user in rows:
                print(f"第 {user['id']} 行: {user['name']}")
                raise RuntimeError("消费者出错了")  # aclosing() 会关闭生成器，和 break 时一样
    except RuntimeError as error:
        print(f"捕获: {error}")


asyncio.run(main())
