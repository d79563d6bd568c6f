export interface LineFile {
  /** 下一行；最后一行之后为 null。 */
  read(): Promise<string | null>;
  close(): Promise<void>;
}

type Result = IteratorResult<string, undefined>;

// 一个手写的异步迭代器，不用生成器：它在第一次 next() 时打开文件，
// 每次调用读一行。还缺少：读完最后一行后关闭文件，以及 return()，
// 循环 break 时 `for await` 会调用它。
export class LineReader implements AsyncIterableIterator<string, undefined> {
  #open: () => Promise<LineFile>;
  #file?: LineFile;

  constructor(open: () => Promise<LineFile>) {
    this.#open = open;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<Result> {
    this.#file ??= await this.#open();
    const line = await this.#file.read();
    return line === null ? { value: undefined, done: true } : { value: line, done: false };
  }
}

// 试一试：一个三行的文件，和一个读完第二行就停下的循环。
const lines = ['第一行', '第二行', '第三行'];
const open = async (): Promise<LineFile> => ({
  read: async () => lines.shift() ?? null,
  close: async () => console.log('已关闭'),
});
for await (const line of new LineReader(open)) {
  console.log(line);
  if (line === '第二行') break;
}
console.log('循环之后');
