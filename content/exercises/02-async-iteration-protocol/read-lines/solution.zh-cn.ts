export interface LineFile {
  /** 下一行；最后一行之后为 null。 */
  read(): Promise<string | null>;
  close(): Promise<void>;
}

// 产出文件的每一行；无论循环怎样结束，都关闭文件。
export async function* readLines(open: () => Promise<LineFile>): AsyncGenerator<string, void, undefined> {
  const file = await open();
  try {
    while (true) {
      const line = await file.read();
      if (line === null) return;
      yield line;
    }
  } finally {
    // 读完最后一行、break（循环会调用 return()）、read() 抛出错误时都会运行。
    await file.close();
  }
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
