export interface LineFile {
  /** The next line, or null after the last one. */
  read(): Promise<string | null>;
  close(): Promise<void>;
}

type Result = IteratorResult<string, undefined>;

// An async iterator written by hand, no generator. It opens the file on the
// first next(), closes it after the last line or on return(), whichever comes
// first, and is done from then on.
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

  /** What for await calls when the loop ends early (break, return, throw). */
  async return(): Promise<Result> {
    await this.#finish();
    return { value: undefined, done: true };
  }

  /** Closes the file if it was opened, once, and marks the iterator done. */
  async #finish(): Promise<void> {
    if (this.#finished) return;
    this.#finished = true;
    await this.#file?.close();
  }
}

// Try it: a file of three lines, and a loop that stops after the second.
const lines = ['first', 'second', 'third'];
const open = async (): Promise<LineFile> => ({
  read: async () => lines.shift() ?? null,
  close: async () => console.log('closed'),
});
for await (const line of new LineReader(open)) {
  console.log(line);
  if (line === 'second') break;
}
console.log('after the loop');
