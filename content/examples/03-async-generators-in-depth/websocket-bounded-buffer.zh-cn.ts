const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 一个假想的 WebSocket：它按时间表派发 "message" 事件，就像服务器推送消息那样。
// 和真正的 WebSocket 一样，没法让它放慢速度。
class FakeSocket extends EventTarget {
  #timers: ReturnType<typeof setTimeout>[] = [];

  constructor(schedule: [atMs: number, messages: string[]][]) {
    super();
    for (const [atMs, messages] of schedule) {
      const timer = setTimeout(() => {
        for (const data of messages) this.dispatchEvent(new MessageEvent("message", { data }));
      }, atMs);
      this.#timers.push(timer);
    }
  }

  close(): void {
    this.#timers.forEach(clearTimeout);
    console.log("  （套接字已关闭）");
  }
}

// 推（事件）-> 拉（`for await`），中间隔着一个最多容纳 `limit` 条消息的缓冲区。
// 缓冲区满时丢弃最旧的消息：套接字没有提供任何施加背压的手段。
async function* messagesOf(socket: FakeSocket, limit: number): AsyncGenerator<string, void, undefined> {
  const buffer: string[] = [];
  let dropped = 0;
  let wake: (() => void) | undefined;

  const onMessage = (event: Event) => {
    if (buffer.length === limit) {
      buffer.shift();
      dropped++;
    }
    buffer.push(String((event as MessageEvent).data));
    wake?.();
  };
  // 注意：生成器的函数体在第一次 next() 时才开始，所以
  // 消费者开始迭代之前发来的消息永远看不到。
  socket.addEventListener("message", onMessage);
  try {
    while (true) {
      while (buffer.length > 0) yield buffer.shift()!;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    // 消费者 break 时执行（`for await` 会调用 return()）。
    socket.removeEventListener("message", onMessage);
    socket.close();
    console.log(`  （已取消订阅；缓冲区满，丢弃了 ${dropped} 条消息）`);
  }
}

const socket = new FakeSocket([
  [20, ["m1"]],
  [40, ["m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9"]], // 我们还在忙着处理 m1 时来了一阵突发
  [300, ["m10"]],
  [320, ["m11"]],
]);

for await (const message of messagesOf(socket, 4)) {
  console.log(`收到 ${message}`);
  if (message === "m10") break;
  await sleep(50); // 一个慢吞吞的消费者
}
console.log("完成");
