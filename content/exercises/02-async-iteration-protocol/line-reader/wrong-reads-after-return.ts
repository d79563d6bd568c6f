// fails: done-after-return: it read the file again
export interface LineFile {
  read(): Promise<string | null>;
  close(): Promise<void>;
}

type Result = IteratorResult<string, undefined>;

export class LineReader implements AsyncIterableIterator<string, undefined> {
  #open: () => Promise<LineFile>;
  #file?: LineFile;
  #closed = false;

  constructor(open: () => Promise<LineFile>) {
    this.#open = open;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<Result> {
    // Does not remember it was closed: reads on after return().
    this.#file ??= await this.#open();
    const line = await this.#file.read();
    if (line !== null) return { value: line, done: false };
    await this.return();
    return { value: undefined, done: true };
  }

  async return(): Promise<Result> {
    if (!this.#closed) {
      this.#closed = true;
      await this.#file?.close();
    }
    return { value: undefined, done: true };
  }
}
