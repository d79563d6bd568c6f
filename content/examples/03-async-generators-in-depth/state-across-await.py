# One thread and still a race: the balance changes while a coroutine is suspended at an await; asyncio.Lock serialises the check and the update.
import asyncio

balance = 100


async def withdraw(who, amount):
    global balance
    if balance >= amount:
        print(f"{who}: balance is {balance}, enough for {amount}")
        await asyncio.sleep(0.05)  # e.g. ask a payment service; another withdrawal runs meanwhile
        balance -= amount  # acts on a check that may no longer hold
        print(f"{who}: withdrew {amount}, balance now {balance}")
    else:
        print(f"{who}: refused, balance is only {balance}")


async def guarded(lock, who, amount):
    async with lock:  # one critical section at a time; released even if withdraw() raises
        await withdraw(who, amount)


async def main():
    global balance
    print("--- no lock ---")
    await asyncio.gather(withdraw("alice", 80), withdraw("bob", 80))
    print(f"final balance: {balance}")

    print("--- with a lock ---")
    balance = 100
    lock = asyncio.Lock()
    await asyncio.gather(guarded(lock, "alice", 80), guarded(lock, "bob", 80))
    print(f"final balance: {balance}")


asyncio.run(main())
