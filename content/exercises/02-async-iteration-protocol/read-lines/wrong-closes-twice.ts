// fails: closes-at-end: close() was called 2 times
export interface LineFile {
  read(): Promise<string | null>;
  close(): Promise<void>;
}

export async function* readLines(open: () => Promise<LineFile>): AsyncGenerator<string, void, undefined> {
  const file = await open();
  try {
    while (true) {
      const line = await file.read();
      if (line === null) break;
      yield line;
    }
    await file.close();
  } finally {
    await file.close();
  }
}
