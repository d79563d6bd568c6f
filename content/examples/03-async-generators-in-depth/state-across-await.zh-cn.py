# 只有一个线程，照样有竞态：协程挂起在 await 处时余额变了；asyncio.Lock 让检查和扣款成为一个整体。
import asyncio

balance = 100


async def withdraw(who, amount):
    global balance
    if balance >= amount:
        print(f"{who}: 余额 {balance}，够取 {amount}")
        await asyncio.sleep(0.05)  # 比如去问支付服务；与此同时，另一笔取款在运行
        balance -= amount  # 依据的检查结果可能已经不成立了
        print(f"{who}: 取走 {amount}，余额变为 {balance}")
    else:
        print(f"{who}: 被拒绝，余额只有 {balance}")


async def guarded(lock, who, amount):
    async with lock:  # 同一时刻只有一个临界区；即使 withdraw() 抛出异常，锁也会释放
        await withdraw(who, amount)


async def main():
    global balance
    print("--- 不加锁 ---")
    await asyncio.gather(withdraw("小王", 80), withdraw("小李", 80))
    print(f"最终余额: {balance}")

    print("--- 加锁 ---")
    balance = 100
    lock = asyncio.Lock()
    await asyncio.gather(guarded(lock, "小王", 80), guarded(lock, "小李", 80))
    print(f"最终余额: {balance}")


asyncio.run(main())
