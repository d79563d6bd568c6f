// fails: closes-on-break: it was not awaited
export interface LineFile {
  read(): Promise<string | null>;
  close(): Promise<void>;
}

export async function* readLines(open: () => Promise<LineFile>): AsyncGenerator<string, void, undefined> {
  const file = await open();
  try {
    while (true) {
      const line = await file.read();
      if (line === null) return;
      yield line;
    }
  } finally {
    // Started, not awaited: break goes on before the file is closed.
    void file.close();
  }
}
