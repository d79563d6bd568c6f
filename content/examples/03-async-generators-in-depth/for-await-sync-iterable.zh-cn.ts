// `for await` 接受同步可迭代对象，并逐个 await 其中的值；`for...of` 则拒绝异步可迭代对象。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 1. 由普通值组成的数组：`for await` 照单全收。
const got: number[] = [];
for await (const n of [1, 2, 3]) got.push(n);
console.log(`for await...of 遍历数组: ${got.join(", ")}`);

// 2. 一个同步生成器，它的第二个值是 Promise，而且要等循环来要时才创建：
// `for await` 会先等它兑现，再运行循环体。
function* values(): Generator<number | Promise<number>, void, undefined> {
  yield 1;
  yield sleep(100).then(() => 2);
  yield 3;
}

const t0 = performance.now();
for await (const value of values()) {
  console.log(`for await...of 拿到 ${value}，此时 ${Math.round(performance.now() - t0)} ms`);
}

// 3. 反过来就不行：异步生成器没有 [Symbol.iterator]。
async function* letters(): AsyncGenerator<string, void, undefined> {
  yield "a";
  yield "b";
}

try {
  for (const letter of letters() as unknown as Iterable<string>) console.log(letter);
} catch (err) {
  console.log("用 for...of 遍历异步生成器会抛出:");
  console.log(`${(err as Error).name}: ${(err as Error).message}`);
}
