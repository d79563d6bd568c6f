# Three users' streams consumed at once with gather; then one stream fails and gather(return_exceptions=True) reports each outcome.
import asyncio
import time


# One streamed response per user: five messages, 60 ms apart.
async def stream_response(user_id, fail_at=-1):
    for i in range(5):
        await asyncio.sleep(0.06)
        if i == fail_at:
            raise RuntimeError(f"user {user_id}'s stream broke at message {i}")
        yield f"user {user_id}: message {i}"


async def handle(stream):
    count = 0
    async for message in stream:
        print(message)
        count += 1
    return count


async def main():
    print("--- three users at once ---")
    t0 = time.perf_counter()
    counts = await asyncio.gather(*(handle(stream_response(user_id)) for user_id in [1, 2, 3]))
    print(f"three users: {(time.perf_counter() - t0) * 1000:.0f} ms")
    print("messages per user:", counts)

    # If one stream fails, a plain gather raises at once but the others keep going.
    # return_exceptions=True (Promise.allSettled) waits for all and hands back each outcome.
    print("--- user 2's stream fails ---")
    outcomes = await asyncio.gather(
        handle(stream_response(1)),
        handle(stream_response(2, fail_at=2)),
        handle(stream_response(3)),
        return_exceptions=True,
    )
    for user_id, outcome in enumerate(outcomes, start=1):
        print(
            f"user {user_id}:",
            f"failed ({outcome})" if isinstance(outcome, Exception) else f"{outcome} messages",
        )


asyncio.run(main())
