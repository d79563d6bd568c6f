export interface LineFile {
  /** The next line, or null after the last one. */
  read(): Promise<string | null>;
  close(): Promise<void>;
}

// Yields the file's lines. It closes the file only when every line was read:
// not when the loop breaks out early, and not when read() throws.
export async function* readLines(open: () => Promise<LineFile>): AsyncGenerator<string, void, undefined> {
  const file = await open();
  while (true) {
    const line = await file.read();
    if (line === null) break;
    yield line;
  }
  await file.close();
}

// Try it: a file of three lines, and a loop that stops after the first.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const lines = ['first', 'second', 'third'];
const open = async (): Promise<LineFile> => ({
  read: async () => (await sleep(20), lines.shift() ?? null),
  close: async () => console.log('closed'),
});
for await (const line of readLines(open)) {
  console.log(line);
  break;
}
console.log('after the loop');
