// fails: return-before-start: open() was called once
export interface LineFile {
  read(): Promise<string | null>;
  close(): Promise<void>;
}

type Result = IteratorResult<string, undefined>;

export class LineReader implements AsyncIterableIterator<string, undefined> {
  #open: () => Promise<LineFile>;
  #file?: Promise<LineFile>;
  #finished = false;

  constructor(open: () => Promise<LineFile>) {
    this.#open = open;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  #get(): Promise<LineFile> {
    return (this.#file ??= this.#open());
  }

  async next(): Promise<Result> {
    if (this.#finished) return { value: undefined, done: true };
    const line = await (await this.#get()).read();
    if (line !== null) return { value: line, done: false };
    return this.return();
  }

  async return(): Promise<Result> {
    if (!this.#finished) {
      this.#finished = true;
      // Opens a file nobody read, just to close it.
      await (await this.#get()).close();
    }
    return { value: undefined, done: true };
  }
}
