export interface LineFile {
  /** 下一行；最后一行之后为 null。 */
  read(): Promise<string | null>;
  close(): Promise<void>;
}

type Result = IteratorResult<string, undefined>;

// 一个手写的异步迭代器，不用生成器。它在第一次 next() 时打开文件，
// 读完最后一行或调用 return() 时（以先到者为准）关闭文件，
// 从此以后一直是结束状态。
export class LineReader implements AsyncIterableIterator<string, undefined> {
  #open: () => Promise<LineFile>;
  #file?: LineFile;
  #finished = false;

  constructor(open: () => Promise<LineFile>) {
    this.#open = open;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<Result> {
    if (this.#finished) return { value: undefined, done: true };
    this.#file ??= await this.#open();
    const line = await this.#file.read();
    if (line !== null) return { value: line, done: false };
    await this.#finish();
    return { value: undefined, done: true };
  }

  /** 循环提前结束时（break、return、throw），`for await` 会调用它。 */
  async return(): Promise<Result> {
    await this.#finish();
    return { value: undefined, done: true };
  }

  /** 若文件已打开就关闭它，只关一次，并把迭代器标记为结束。 */
  async #finish(): Promise<void> {
    if (this.#finished) return;
    this.#finished = true;
    await this.#file?.close();
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
