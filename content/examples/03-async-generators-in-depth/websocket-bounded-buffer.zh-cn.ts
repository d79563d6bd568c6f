const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 一个假想的 WebSocket：它按时间表派发 "message" 事件，就像服务器推送消息那样；
// 它也可能像服务器那样结束连接。和真正的 WebSocket 一样，没法让它放慢速度。
class FakeSocket extends EventTarget {
  #timers: ReturnType<typeof setTimeout>[] = [];
  #open = true;

  constructor(schedule: [atMs: number, messages: string[]][], end?: { atMs: number; failed: boolean }) {
    super();
    for (const [atMs, messages] of schedule) {
      const timer = setTimeout(() => {
        for (const data of messages) this.dispatchEvent(new MessageEvent("message", { data }));
      }, atMs);
      this.#timers.push(timer);
    }
    if (end) {
      const timer = setTimeout(() => {
        if (end.failed) this.dispatchEvent(new Event("error")); // 真正的套接字先派发 "error"，再派发 "close"
        this.#shut();
      }, end.atMs);
      this.#timers.push(timer);
    }
  }

  #shut(): void {
    this.#open = false;
    this.#timers.forEach(clearTimeout);
    this.dispatchEvent(new Event("close"));
  }

  close(): void {
    if (!this.#open) return; // 和 WebSocket.close() 一样：关闭一个已关闭的套接字什么也不做
    this.#shut();
    console.log("  （套接字已关闭）");
  }
}

// 推（事件）-> 拉（`for await`），中间隔着一个最多容纳 `limit` 条消息的缓冲区。
// 缓冲区满时丢弃最旧的消息：套接字没有提供任何施加背压的手段。
// 真正的 WebSocket 和这个假套接字一样符合参数的类型。
async function* messagesOf(socket: EventTarget & { close(): void }, limit: number): AsyncGenerator<string, void, undefined> {
  const buffer: string[] = [];
  let dropped = 0;
  let closed = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;

  const onMessage = (event: Event) => {
    if (buffer.length === limit) {
      buffer.shift();
      dropped++;
    }
    buffer.push(String((event as MessageEvent).data));
    wake?.();
  };
  // 少了这两个监听器，套接字关闭后循环会永远等下去。
  const onClose = () => {
    closed = true;
    wake?.();
  };
  const onError = () => {
    failure = new Error("WebSocket 连接出错");
    wake?.();
  };
  // 注意：生成器的函数体在第一次 next() 时才开始，所以
  // 消费者开始迭代之前发来的消息永远看不到。
  socket.addEventListener("message", onMessage);
  socket.addEventListener("close", onClose);
  socket.addEventListener("error", onError);
  try {
    while (true) {
      while (buffer.length > 0) yield buffer.shift()!;
      if (failure) throw failure; // 出错之前到达的消息都已交出
      if (closed) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    // 套接字关闭或出错时执行，消费者 break 时也执行（`for await` 会调用 return()）。
    socket.removeEventListener("message", onMessage);
    socket.removeEventListener("close", onClose);
    socket.removeEventListener("error", onError);
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

// 服务器在 n1 之后关闭连接：循环自己结束。
const closing = new FakeSocket([[20, ["n1"]]], { atMs: 40, failed: false });
for await (const message of messagesOf(closing, 4)) console.log(`收到 ${message}`);
console.log("服务器关闭了套接字，循环随之结束");

// 连接在 e1 之后出错：循环抛出异常。
const failing = new FakeSocket([[20, ["e1"]]], { atMs: 40, failed: true });
try {
  for await (const message of messagesOf(failing, 4)) console.log(`收到 ${message}`);
} catch (error) {
  console.log(`捕获: ${(error as Error).message}`);
}
