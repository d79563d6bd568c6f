// 映射步骤里的“繁重计算”：每个文本块 100 ms 实打实的 CPU 工作。
function busyWork(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // 让 CPU 忙着：在此期间，这个线程上什么别的都运行不了
  }
}

async function mapOne(chunk: string): Promise<string> {
  console.log(`开始 ${chunk}`);
  busyWork(100);
  console.log(`完成 ${chunk}`);
  return `已处理 ${chunk}`;
}

const chunks = ['chunk1', 'chunk2', 'chunk3'];

// Promise.all 帮不上忙：这里没有可以重叠的等待，只有工作，
// 而唯一的 JavaScript 线程只能把三份工作一份接一份地做完。
console.time('映射步骤');
const responses = await Promise.all(chunks.map((chunk) => mapOne(chunk)));
console.timeEnd('映射步骤'); // 仍然大约 300 ms
console.log(responses);
