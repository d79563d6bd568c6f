export interface LineFile {
  /** 下一行；最后一行之后为 null。 */
  read(): Promise<string | null>;
  close(): Promise<void>;
}

// 产出文件的每一行。它只在所有行都读完时才关闭文件：
// 循环提前 break 时不会关闭，read() 抛出错误时也不会。
export async function* readLines(open: () => Promise<LineFile>): AsyncGenerator<string, void, undefined> {
  const file = await open();
  while (true) {
    const line = await file.read();
    if (line === null) break;
    yield line;
  }
  await file.close();
}

// 试一试：一个三行的文件，和一个读完第一行就停下的循环。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const lines = ['第一行', '第二行', '第三行'];
const open = async (): Promise<LineFile> => ({
  read: async () => (await sleep(20), lines.shift() ?? null),
  close: async () => console.log('已关闭'),
});
for await (const line of readLines(open)) {
  console.log(line);
  break;
}
console.log('循环之后');
