const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// One streamed response per user: five messages, 60 ms apart.
async function* streamResponse(userId: number, failAt = -1): AsyncGenerator<string, void, undefined> {
  for (let i = 0; i < 5; i++) {
    await sleep(60);
    if (i === failAt) throw new Error(`user ${userId}'s stream broke at message ${i}`);
    yield `user ${userId}: message ${i}`;
  }
}

async function handle(stream: AsyncIterable<string>): Promise<number> {
  let count = 0;
  for await (const message of stream) {
    console.log(message);
    count++;
  }
  return count;
}

console.log("--- three users at once ---");
console.time("three users");
const counts = await Promise.all([1, 2, 3].map((id) => handle(streamResponse(id))));
console.timeEnd("three users");
console.log("messages per user:", counts);

// If one stream fails, Promise.all rejects at once but the others keep going.
// Promise.allSettled (gather(..., return_exceptions=True)) waits for all and reports each.
console.log("--- user 2's stream fails ---");
const settled = await Promise.allSettled([
  handle(streamResponse(1)),
  handle(streamResponse(2, 2)),
  handle(streamResponse(3)),
]);
for (const [i, outcome] of settled.entries()) {
  console.log(
    `user ${i + 1}:`,
    outcome.status === "fulfilled" ? `${outcome.value} messages` : `failed (${(outcome.reason as Error).message})`,
  );
}
