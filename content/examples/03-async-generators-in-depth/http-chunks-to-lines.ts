const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// A stand-in for `(await fetch(url)).body`: a ReadableStream of bytes that arrive
// in 12-byte chunks, 50 ms apart. Chunks ignore line ends, and even split "ë" in two.
function fakeResponseBody(): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode("id,name\n1,Ada\n2,Grace\n3,Chloé\n4,Zoë");
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      await sleep(50);
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(offset, offset + 12));
      offset += 12;
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
    if (!finished) await reader.cancel(); // the consumer stopped early: stop downloading
    reader.releaseLock();
  }
}

// Whole lines, however the chunks fall. This is also how you read a file line by line.
async function* linesOf(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder();
  let buffered = "";
  for await (const chunk of chunks) {
    buffered += decoder.decode(chunk, { stream: true }); // keeps half a character for later
    let newline: number;
    while ((newline = buffered.indexOf("\n")) !== -1) {
      yield buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
    }
  }
  buffered += decoder.decode(); // flush
  if (buffered !== "") yield buffered;
}

for await (const line of linesOf(chunksOf(fakeResponseBody()))) {
  console.log(`line: ${line}`);
}
