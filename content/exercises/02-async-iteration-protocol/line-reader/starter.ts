export interface LineFile {
  /** The next line, or null after the last one. */
  read(): Promise<string | null>;
  close(): Promise<void>;
}

type Result = IteratorResult<string, undefined>;

// An async iterator written by hand, no generator: it opens the file on the
// first next() and reads a line per call. Still missing: closing the file after
// the last line, and return(), which for await calls when the loop breaks.
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
