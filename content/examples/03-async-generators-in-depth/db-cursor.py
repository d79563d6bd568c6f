# A cursor inside a transaction, as an async generator: rows fetched in batches, and what break, aclosing() and errors do to the transaction.
import asyncio
from contextlib import aclosing


# A pretend PostgreSQL connection in the style of asyncpg. Like the real thing, it opens
# a cursor only inside a transaction.
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
            raise RuntimeError("cursor cannot be created outside of a transaction")
        if "missing" in sql:
            raise RuntimeError('relation "missing" does not exist')
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


# async with conn.transaction(): commits when the block ends normally. Like asyncpg's, it rolls
# back on any exception, GeneratorExit included: that is what a closed generator sees.
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


# Rows one at a time, fetched in batches, inside a transaction that is always ended.
async def query_rows(conn, sql, batch_size=2):
    async with conn.transaction():
        cursor = await conn.cursor(sql)
        try:
            while batch := await cursor.fetch(batch_size):
                for row in batch:  # `yield from` is not allowed in an async generator
                    yield row
        finally:
            await cursor.close()


async def main():
    conn = FakeConnection()

    print("--- a cursor without a transaction ---")
    try:
        await conn.cursor("SELECT * FROM users")
    except RuntimeError as error:
        print(f"  error: {error}")

    print("--- every row ---")
    async for user in query_rows(conn, "SELECT * FROM users"):
        print(f"row {user['id']}: {user['name']}")

    print("--- stop after Grace ---")
    rows = query_rows(conn, "SELECT * FROM users")
    async for user in rows:
        print(f"row {user['id']}: {user['name']}")
        if user["name"] == "Grace":
            break  # async for closes nothing: the generator is paused at its yield
    print("after the loop: the cursor and the transaction are still open")
    await rows.aclose()  # GeneratorExit at the yield: the cursor closes, the transaction rolls back

    print("--- stop after Grace, with aclosing() ---")
    async with aclosing(query_rows(conn, "SELECT * FROM users")) as rows:
        async for user in rows:
            print(f"row {user['id']}: {user['name']}")
            if user["name"] == "Grace":
                break
    print("after the loop")

    print("--- an error inside the generator ---")
    try:
        async for user in query_rows(conn, "SELECT * FROM missing"):
            print(user["name"])
    except RuntimeError as error:
        print(f"caught: {error}")

    print("--- an error in the loop body ---")
    try:
        async with aclosing(query_rows(conn, "SELECT * FROM users")) as rows:
            async for user in rows:
                print(f"row {user['id']}: {user['name']}")
                raise RuntimeError("the consumer failed")  # aclosing() closes the generator, as for break
    except RuntimeError as error:
        print(f"caught: {error}")


asyncio.run(main())
