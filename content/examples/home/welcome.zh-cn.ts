// 一个写异步 TypeScript 的草稿本。随便改，然后点“运行”（Ctrl+Enter）。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function* countdown(from: number): AsyncGenerator<number, string> {
  for (let n = from; n > 0; n--) {
    await sleep(200);
    yield n;
  }
  return '点火';
}

for await (const n of countdown(3)) {
  console.log(n);
}
console.log(new Map([['status', '完成']]));
