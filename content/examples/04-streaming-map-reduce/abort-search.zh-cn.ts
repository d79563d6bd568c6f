// 一个 sleep：信号一中止，它就立刻放弃（并清掉自己的定时器）。
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

type SearchRecord = { kind: 'context'; records: string } | { kind: 'token'; text: string };

interface SearchOptions {
  signal?: AbortSignal;
}

class AsyncSearch {
  private async mapOne(chunk: string, query: string, signal?: AbortSignal): Promise<string> {
    await sleep(300, signal); // 真实的调用会是 `fetch(url, { signal })`
    return `已处理 ${chunk}，查询为 '${query}'`;
  }

  private async *streamReduce(
    mapResponses: readonly string[],
    signal?: AbortSignal,
  ): AsyncGenerator<SearchRecord, void, undefined> {
    for (const response of mapResponses) {
      await sleep(300, signal);
      yield { kind: 'token', text: `归约结果: ${response}` };
    }
  }

  async *streamSearch(
    query: string,
    { signal }: SearchOptions = {},
  ): AsyncGenerator<SearchRecord, void, undefined> {
    try {
      signal?.throwIfAborted();
      const chunks = ['chunk1', 'chunk2', 'chunk3'];
      const mapResponses = await Promise.all(
        chunks.map((chunk) => this.mapOne(chunk, query, signal)),
      );
      yield { kind: 'context', records: '初始上下文记录' };
      yield* this.streamReduce(mapResponses, signal);
    } finally {
      console.log('  search: finally');
    }
  }
}

async function run(stopAfter: number): Promise<void> {
  const t0 = performance.now();
  const ms = () => `${Math.round(performance.now() - t0)} ms`;
  const controller = new AbortController();
  // 代替一个“停止”按钮：用户在 `stopAfter` ms 之后按下它。
  const stopButton = setTimeout(() => controller.abort(new Error('被用户停止')), stopAfter);

  try {
    for await (const record of new AsyncSearch().streamSearch('示例查询', {
      signal: controller.signal,
    })) {
      console.log(`${ms()}: ${record.kind === 'context' ? record.records : record.text}`);
    }
    console.log(`${ms()}: 搜索完成`);
  } catch (err) {
    if (controller.signal.aborted && err === controller.signal.reason) {
      console.log(`${ms()}: 已取消: ${(err as Error).message}`);
    } else {
      throw err; // 真正的失败，而不是我们自己的取消
    }
  } finally {
    clearTimeout(stopButton); // 如果搜索先完成了，也不留下定时器
  }
}

console.log('--- 在映射步骤中按下停止（100 ms 时）---');
await run(100);
console.log('--- 在归约步骤中按下停止（450 ms 时）---');
await run(450);
