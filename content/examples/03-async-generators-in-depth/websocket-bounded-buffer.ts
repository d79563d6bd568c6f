const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// A pretend WebSocket: it dispatches "message" events on a schedule, the way a
// server would push them, and may end the connection, as a server can. Like a real
// WebSocket, it cannot be asked to slow down.
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
        if (end.failed) this.dispatchEvent(new Event("error")); // a real socket fires "error", then "close"
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
    if (!this.#open) return; // like WebSocket.close(): closing a closed socket does nothing
    this.#shut();
    console.log("  (socket closed)");
  }
}

// Push (events) -> pull (for await), through a buffer that holds at most `limit` messages.
// When it is full, the oldest message is dropped: a socket offers no way to push back.
// A real WebSocket fits the parameter's type as well as the fake one does.
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
  // Without these two, a socket that closes would leave the loop waiting for ever.
  const onClose = () => {
    closed = true;
    wake?.();
  };
  const onError = () => {
    failure = new Error("the WebSocket connection failed");
    wake?.();
  };
  // Note: a generator's body starts at the first next(), so messages sent
  // before the consumer starts iterating are never seen.
  socket.addEventListener("message", onMessage);
  socket.addEventListener("close", onClose);
  socket.addEventListener("error", onError);
  try {
    while (true) {
      while (buffer.length > 0) yield buffer.shift()!;
      if (failure) throw failure; // what arrived before the failure has been delivered
      if (closed) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    // Runs when the socket closes or fails, and when the consumer breaks (for await calls return()).
    socket.removeEventListener("message", onMessage);
    socket.removeEventListener("close", onClose);
    socket.removeEventListener("error", onError);
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

// The server closes the connection after n1: the loop ends by itself.
const closing = new FakeSocket([[20, ["n1"]]], { atMs: 40, failed: false });
for await (const message of messagesOf(closing, 4)) console.log(`received ${message}`);
console.log("the server closed the socket, and the loop ended");

// The connection fails after e1: the loop throws.
const failing = new FakeSocket([[20, ["e1"]]], { atMs: 40, failed: true });
try {
  for await (const message of messagesOf(failing, 4)) console.log(`received ${message}`);
} catch (error) {
  console.log(`caught: ${(error as Error).message}`);
}
