const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// A pretend WebSocket: it dispatches "message" events on a schedule, the way a
// server would push them. Like a real WebSocket, it cannot be asked to slow down.
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
    console.log("  (socket closed)");
  }
}

// Push (events) -> pull (for await), through a buffer that holds at most `limit` messages.
// When it is full, the oldest message is dropped: a socket offers no way to push back.
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
  // Note: a generator's body starts at the first next(), so messages sent
  // before the consumer starts iterating are never seen.
  socket.addEventListener("message", onMessage);
  try {
    while (true) {
      while (buffer.length > 0) yield buffer.shift()!;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    // Runs when the consumer breaks (for await calls return()).
    socket.removeEventListener("message", onMessage);
    socket.close();
    console.log(`  (unsubscribed; ${dropped} messages dropped because the buffer was full)`);
  }
}

const socket = new FakeSocket([
  [20, ["m1"]],
  [40, ["m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9"]], // a burst while we are busy with m1
  [300, ["m10"]],
  [320, ["m11"]],
]);

for await (const message of messagesOf(socket, 4)) {
  console.log(`received ${message}`);
  if (message === "m10") break;
  await sleep(50); // a slow consumer
}
console.log("done");
