const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 代替 `(await fetch(url)).body`：一个 CSV 字节的 ReadableStream（CSV 用 \r\n 结束每一行），
// 数据以 15 字节为一块、每隔 50 ms 到达一块。数据块不管行尾在哪里：有一块断在 \r 和 \n
// 之间，另一块把 "ë" 劈成了两半。
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

// 流里的数据块。在 Chrome、Firefox 和 Node 里可以直接写
// `for await (const chunk of body)`；Safari 还没有支持，所以这里用
// getReader() 来读，它在哪里都能用。
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
      console.log(`  （到达一个 ${value.byteLength} 字节的数据块）`);
      yield value;
    }
  } finally {
    try {
      if (!finished) await reader.cancel(); // 消费者提前停下了：停止下载
    } finally {
      reader.releaseLock(); // 即使 cancel() 被拒绝也要解锁：流出错时它就会被拒绝
    }
  }
}

// 完整的行，不管数据块怎么切分，去掉了行尾的 \n 或 \r\n。逐行读取文件也是这个办法。
async function* linesOf(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder();
  let buffered = "";
  for await (const chunk of chunks) {
    buffered += decoder.decode(chunk, { stream: true }); // 半个字符会留到下一次
    let newline: number;
    while ((newline = buffered.indexOf("\n")) !== -1) {
      yield buffered.slice(0, newline).replace(/\r$/, "");
      buffered = buffered.slice(newline + 1);
    }
  }
  buffered += decoder.decode(); // 把剩下的冲刷出来
  if (buffered !== "") yield buffered;
}

for await (const line of linesOf(chunksOf(fakeResponseBody()))) {
  console.log(`行: ${JSON.stringify(line)}`); // 用 JSON 打印，残留的 \r 就能看出来
}
