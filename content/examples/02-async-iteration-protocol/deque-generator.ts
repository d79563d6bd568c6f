const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Drain a plain array from the front (Python: collections.deque + popleft()).
// It is not a waiting queue: the generator ends the moment the array is empty.
async function* drain<T>(items: T[]): AsyncGenerator<T, void, undefined> {
  while (items.length > 0) {
    await sleep(100);
    yield items.shift() as T;
  }
}

const items = [1, 2, 3, 4];
const consumer = (async () => {
  for await (const item of drain(items)) {
    console.log(`Item: ${item}`);
  }
  console.log("generator finished: the array was empty");
})();

await sleep(150);
items.push(5);
console.log("pushed 5 while the generator was still running");

await consumer;
items.push(6);
console.log("pushed 6 after it finished; nobody reads it:", items);
