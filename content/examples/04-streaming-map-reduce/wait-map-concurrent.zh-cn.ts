const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 同样的映射步骤，只是每次调用“等待” 100 ms（比如等一个网络回复），
// 而不是计算 100 ms。
async function mapOne(chunk: string): Promise<string> {
  console.log(`开始 ${chunk}`);
  await sleep(100);
  console.log(`完成 ${chunk}`);
  return `已处理 ${chunk}`;
}

const chunks = ['chunk1', 'chunk2', 'chunk3'];

// 三段等待相互重叠，所以整个步骤只用大约一次调用的时间。
console.time('映射步骤');
const responses = await Promise.all(chunks.map((chunk) => mapOne(chunk)));
console.timeEnd('映射步骤'); // 大约 100 ms
console.log(responses);
