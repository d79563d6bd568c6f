const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// A stand-in for `(await fetch(url)).body`: a ReadableStream of CSV bytes (CSV ends
// its lines with \r\n) that arrive in 15-byte chunks, 50 ms apart. Chunks ignore line
// ends: one falls between \r and \n, another splits "ë" in two.
function fakeResponseBody(): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode("id,name\r\n1,Ada\r\n2,Grace\r\n3,Zoë\r\n4,Chloé\r\n");
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      await sleep(50);
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(offset, offset + 15));
      offset += 15;
    },
  });
}

// Chunks of a stream. In Chrome, Firefox and Node you can write
// `for await (const chunk of body)`; Safari has not shipped that, so this reads
// with getReader(), which works everywhere.
async function* chunksOf(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array, void, undefined> {
  const reader = body.getReader();
  let finished = false;
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      console.log(`  (a ${value.byteLength}-byte chunk arrived)`);
      yield value;
    }
  } finally {
    try {
      if (!finished) await reader.cancel(); // the consumer stopped early: stop downloading
    } finally {
      reader.releaseLock(); // even when cancel() rejects, as it does on a stream that failed
    }
  }
}

// Whole lines, however the chunks fall, without their \n or \r\n. This is also how you
// read a file line by line.
async function* linesOf(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder();
  let buffered = "";
  for await (const chunk of chunks) {
    buffered += decoder.decode(chunk, { stream: true }); // keeps half a character for later
    let newline: number;
    while ((newline = buffered.indexOf("\n")) !== -1) {
      yield buffered.slice(0, newline).replace(/\r$/, "");
      buffered = buffered.slice(newline + 1);
    }
  }
  buffered += decoder.decode(); // flush
  if (buffered !== "") yield buffered;
}

for await (const line of linesOf(chunksOf(fakeResponseBody()))) {
  console.log(`line: ${JSON.stringify(line)}`); // JSON shows a stray \r, if any
}
