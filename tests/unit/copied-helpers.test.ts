// The helpers the chapters present for copying, loaded from the examples (and chapter 5's
// worker snippet) that show them, and tried against what breaks such helpers: a wait given
// up through Promise.race or an abort, an input that fails before iteration starts, a
// consumer that breaks or throws, several callers at once.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadDeclarations, loadExampleDeclarations, tsBlockDeclaring } from '../support/declarations';

const tick = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Whether `p` has settled by now (after pending microtasks and a 0 ms timer). */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  p.then(
    () => (done = true),
    () => (done = true),
  );
  await tick();
  return done;
}

/** Runs `fn`, then waits a little, and returns every rejection nobody handled meanwhile. */
async function unhandledDuring(fn: () => Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const onUnhandled = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', onUnhandled);
  try {
    await fn();
    await tick(20);
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
  return seen;
}

const delayed = <T,>(ms: number, value: T) => tick(ms).then(() => value);
const failing = (ms: number, message: string) =>
  tick(ms).then(() => {
    throw new Error(message);
  });

afterEach(() => {
  vi.useRealTimers();
});

type SemaphoreLike = {
  acquire(options?: { signal?: AbortSignal }): Promise<void>;
  release(): void;
  run<T>(fn: () => Promise<T>, options?: { signal?: AbortSignal }): Promise<T>;
};

describe.each(['05-async-toolkit/semaphore', '05-async-toolkit/bulk-fetch-limit-5', '05-async-toolkit/bulk-fetch-limit-20'])(
  'Semaphore in %s',
  (id) => {
    const { Semaphore } = loadExampleDeclarations<{ Semaphore: new (permits: number) => SemaphoreLike }>(id, ['Semaphore']);

    test('a waiter that aborts leaves the line: the next waiter gets the permit', async () => {
      const sem = new Semaphore(1);
      await sem.acquire();
      const controller = new AbortController();
      const quitter = sem.acquire({ signal: controller.signal });
      const patient = sem.acquire();
      controller.abort(new Error('gave up'));
      await expect(quitter).rejects.toThrow('gave up');
      sem.release();
      expect(await settled(patient)).toBe(true);
      // Exactly one permit exists: a third caller waits until the patient one releases.
      const third = sem.acquire();
      expect(await settled(third)).toBe(false);
      sem.release();
      expect(await settled(third)).toBe(true);
    });

    test('an already aborted signal takes no permit', async () => {
      const sem = new Semaphore(1);
      await expect(sem.acquire({ signal: AbortSignal.abort(new Error('too late')) })).rejects.toThrow('too late');
      expect(await settled(sem.acquire())).toBe(true);
    });

    test('Promise.race alone does not take a waiter out of the line (why acquire takes a signal)', async () => {
      const sem = new Semaphore(1);
      await sem.acquire();
      await expect(Promise.race([sem.acquire(), failing(5, 'timeout')])).rejects.toThrow('timeout');
      sem.release(); // the permit goes to the abandoned acquire()
      expect(await settled(sem.acquire())).toBe(false);
    });

    test('run() holds the permit until fn has finished, and releases it when fn throws', async () => {
      const sem = new Semaphore(1);
      const order: string[] = [];
      const first = sem.run(async () => {
        order.push('first starts');
        await tick(10);
        order.push('first ends');
        throw new Error('first failed');
      });
      const second = sem.run(async () => {
        order.push('second starts');
        return 2;
      });
      await expect(first).rejects.toThrow('first failed');
      expect(await second).toBe(2);
      expect(order).toEqual(['first starts', 'first ends', 'second starts']);
    });

    test('run() with an aborted wait never calls fn', async () => {
      const sem = new Semaphore(1);
      await sem.acquire();
      const controller = new AbortController();
      const fn = vi.fn(async () => 'ran');
      const waiting = sem.run(fn, { signal: controller.signal });
      controller.abort(new Error('cancelled'));
      await expect(waiting).rejects.toThrow('cancelled');
      sem.release();
      await tick();
      expect(fn).not.toHaveBeenCalled();
    });

    test('concurrent callers never exceed the limit and start in the order they asked', async () => {
      const sem = new Semaphore(3);
      let inFlight = 0;
      let peak = 0;
      const started: number[] = [];
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          sem.run(async () => {
            started.push(i);
            peak = Math.max(peak, ++inFlight);
            await tick(1 + (i % 3));
            inFlight--;
          }),
        ),
      );
      expect(peak).toBe(3);
      expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });
  },
);

type QueueLike<T> = {
  put(item: T, options?: { signal?: AbortSignal }): Promise<void>;
  get(options?: { signal?: AbortSignal }): Promise<T>;
};

describe('AsyncQueue (chapter 5)', () => {
  const { AsyncQueue } = loadExampleDeclarations<{ AsyncQueue: new <T>(maxsize?: number) => QueueLike<T> }>('05-async-toolkit/queue', ['AsyncQueue']);

  test('a get() that aborts leaves the line: the next item goes to the next getter', async () => {
    const queue = new AsyncQueue<string>();
    const controller = new AbortController();
    const quitter = queue.get({ signal: controller.signal });
    const patient = queue.get();
    controller.abort(new Error('gave up'));
    await expect(quitter).rejects.toThrow('gave up');
    await queue.put('item');
    expect(await patient).toBe('item');
  });

  test('Promise.race alone loses the item to the abandoned get() (why get takes a signal)', async () => {
    const queue = new AsyncQueue<string>();
    await expect(Promise.race([queue.get(), failing(5, 'timeout')])).rejects.toThrow('timeout');
    await queue.put('item');
    expect(await settled(queue.get())).toBe(false);
  });

  test('a put() that aborts on a full queue adds nothing, and the free place goes to the next producer', async () => {
    const queue = new AsyncQueue<string>(1);
    await queue.put('a');
    const controller = new AbortController();
    const quitter = queue.put('dropped', { signal: controller.signal });
    const patient = queue.put('b');
    controller.abort(new Error('gave up'));
    await expect(quitter).rejects.toThrow('gave up');
    expect(await queue.get()).toBe('a');
    expect(await settled(patient)).toBe(true);
    expect(await queue.get()).toBe('b');
    expect(await settled(queue.get())).toBe(false);
  });

  test('an already aborted signal fails a wait at once', async () => {
    const queue = new AsyncQueue<string>();
    await expect(queue.get({ signal: AbortSignal.abort(new Error('too late')) })).rejects.toThrow('too late');
    await queue.put('item');
    expect(await queue.get()).toBe('item');
  });

  test('maxsize 0 means unbounded, as in Python', async () => {
    const queue = new AsyncQueue<number>(0);
    const puts = Array.from({ length: 100 }, (_, i) => queue.put(i));
    expect(await settled(Promise.all(puts))).toBe(true);
    expect(await queue.get()).toBe(0);
  });

  test('concurrent getters and producers are served in order, and nothing is lost', async () => {
    const queue = new AsyncQueue<number>(2);
    const getters = Array.from({ length: 3 }, () => queue.get());
    const producers = [0, 1, 2, 3, 4, 5, 6].map((i) => queue.put(i));
    expect(await Promise.all(getters)).toEqual([0, 1, 2]);
    const rest = [await queue.get(), await queue.get(), await queue.get(), await queue.get()];
    await Promise.all(producers);
    expect(rest).toEqual([3, 4, 5, 6]);
  });
});

type BoundedQueueLike<T> = AsyncIterable<T> & { push(item: T): Promise<boolean>; close(): void; readonly size: number };

describe('BoundedQueue (chapter 2)', () => {
  const { BoundedQueue } = loadExampleDeclarations<{ BoundedQueue: new <T>(capacity: number) => BoundedQueueLike<T> }>(
    '02-async-iteration-protocol/bounded-queue',
    ['BoundedQueue'],
  );

  async function produce(queue: BoundedQueueLike<number>, items: number[]): Promise<number[]> {
    const accepted: number[] = [];
    for (const item of items) {
      if (!(await queue.push(item))) break;
      accepted.push(item);
    }
    return accepted;
  }

  test('a consumer that breaks does not leave the producer waiting', async () => {
    const queue = new BoundedQueue<number>(2);
    const producer = produce(queue, [1, 2, 3, 4, 5, 6]);
    const got: number[] = [];
    for await (const item of queue) {
      got.push(item);
      if (item === 2) break;
    }
    expect(got).toEqual([1, 2]);
    expect(await settled(producer)).toBe(true);
    expect((await producer).length).toBeLessThan(6);
    expect(await queue.push(99)).toBe(false);
  });

  test('a consumer whose body throws does not leave the producer waiting', async () => {
    const queue = new BoundedQueue<number>(1);
    const producer = produce(queue, [1, 2, 3]);
    await expect(
      (async () => {
        for await (const item of queue) throw new Error(`failed at ${item}`);
      })(),
    ).rejects.toThrow('failed at 1');
    expect(await settled(producer)).toBe(true);
    expect(await queue.push(99)).toBe(false);
  });

  test('the buffer never holds more than its capacity, and a closed queue is drained first', async () => {
    const queue = new BoundedQueue<number>(2);
    const sizes: number[] = [];
    const producer = (async () => {
      for (let i = 0; i < 6; i++) {
        await queue.push(i);
        sizes.push(queue.size);
      }
      queue.close();
    })();
    await tick(5);
    const got: number[] = [];
    for await (const item of queue) got.push(item);
    await producer;
    expect(got).toEqual([0, 1, 2, 3, 4, 5]);
    expect(Math.max(...sizes)).toBe(2);
  });

  test('several producers at once: every item arrives once, in each producer\'s order', async () => {
    const queue = new BoundedQueue<number>(1);
    const producers = Promise.all([produce(queue, [10, 11, 12]), produce(queue, [20, 21, 22]), produce(queue, [30, 31, 32])]).then(() =>
      queue.close(),
    );
    const got: number[] = [];
    for await (const item of queue) got.push(item);
    await producers;
    expect([...got].sort()).toEqual([10, 11, 12, 20, 21, 22, 30, 31, 32]);
    for (const base of [10, 20, 30]) expect(got.filter((n) => n >= base && n < base + 10)).toEqual([base, base + 1, base + 2]);
  });

  test('a capacity below 1 is refused instead of deadlocking every push', () => {
    expect(() => new BoundedQueue<number>(0)).toThrow(RangeError);
  });
});

type AsCompleted1 = <T>(promises: Promise<T>[]) => AsyncGenerator<T, void, undefined>;
type AsCompleted5 = <T>(promises: Iterable<Promise<T>>) => AsyncGenerator<PromiseSettledResult<T>, void, undefined>;

describe('asCompleted (chapter 1): the first failure ends the loop', () => {
  const { asCompleted } = loadExampleDeclarations<{ asCompleted: AsCompleted1 }>('01-generators-to-async-await/as-completed', ['asCompleted']);
  vi.spyOn(console, 'log').mockImplementation(() => {}); // its body logs its first next()

  test('yields values in the order they settle', async () => {
    const got: string[] = [];
    for await (const v of asCompleted([delayed(15, 'slow'), delayed(1, 'fast'), delayed(8, 'medium')])) got.push(v);
    expect(got).toEqual(['fast', 'medium', 'slow']);
  });

  test('an input that rejects before iteration starts is not an unhandled rejection', async () => {
    const unhandled = await unhandledDuring(async () => {
      const gen = asCompleted([Promise.reject(new Error('early')), delayed(5, 'late')]);
      await tick(5);
      const got: string[] = [];
      await expect(
        (async () => {
          for await (const v of gen) got.push(v);
        })(),
      ).rejects.toThrow('early');
      expect(got).toEqual([]);
    });
    expect(unhandled).toEqual([]);
  });

  test('a second rejection after the loop has ended is not unhandled either', async () => {
    const unhandled = await unhandledDuring(async () => {
      await expect(
        (async () => {
          for await (const _ of asCompleted([failing(1, 'first'), failing(10, 'second')]));
        })(),
      ).rejects.toThrow('first');
      await tick(15);
    });
    expect(unhandled).toEqual([]);
  });

  test('a consumer that breaks or throws leaves no unhandled rejection behind', async () => {
    const unhandled = await unhandledDuring(async () => {
      for await (const v of asCompleted([delayed(1, 'ok'), failing(5, 'later')])) if (v === 'ok') break;
      await expect(
        (async () => {
          for await (const _ of asCompleted([delayed(1, 'ok'), failing(5, 'later')])) throw new Error('body failed');
        })(),
      ).rejects.toThrow('body failed');
      await tick(10);
    });
    expect(unhandled).toEqual([]);
  });

  test('a generator that is never iterated still leaves nothing unhandled', async () => {
    const unhandled = await unhandledDuring(async () => {
      asCompleted([failing(1, 'nobody looks')]);
      await tick(5);
    });
    expect(unhandled).toEqual([]);
  });

  test('two loops over the same inputs each get every value', async () => {
    const inputs = [delayed(6, 'b'), delayed(1, 'a')];
    const collect = async (gen: AsyncIterable<string>) => {
      const got: string[] = [];
      for await (const v of gen) got.push(v);
      return got;
    };
    expect(await Promise.all([collect(asCompleted(inputs)), collect(asCompleted(inputs))])).toEqual([
      ['a', 'b'],
      ['a', 'b'],
    ]);
  });
});

describe('asCompleted (chapter 5): every outcome, as a record', () => {
  const { asCompleted } = loadExampleDeclarations<{ asCompleted: AsCompleted5 }>('05-async-toolkit/as-completed', ['asCompleted']);

  const collect = async <T,>(gen: AsyncIterable<PromiseSettledResult<T>>) => {
    const got: string[] = [];
    for await (const r of gen) got.push(r.status === 'fulfilled' ? `ok ${r.value}` : `failed ${(r.reason as Error).message}`);
    return got;
  };

  test('failures arrive in finishing order and the loop goes on', async () => {
    expect(await collect(asCompleted([delayed(12, 'c'), failing(1, 'a'), delayed(6, 'b')]))).toEqual(['failed a', 'ok b', 'ok c']);
  });

  test('an input that rejects before iteration starts is reported, not unhandled', async () => {
    const unhandled = await unhandledDuring(async () => {
      const gen = asCompleted([delayed(5, 'late'), Promise.reject(new Error('early'))]);
      await tick(1);
      expect(await collect(gen)).toEqual(['failed early', 'ok late']);
    });
    expect(unhandled).toEqual([]);
  });

  test('a consumer that breaks, or is never started, leaves nothing unhandled', async () => {
    const unhandled = await unhandledDuring(async () => {
      for await (const _ of asCompleted([delayed(1, 'ok'), failing(5, 'later')])) break;
      asCompleted([failing(1, 'nobody looks')]);
      await tick(10);
    });
    expect(unhandled).toEqual([]);
  });

  test('it accepts any iterable, and two loops over the same inputs each get everything', async () => {
    const inputs = new Set([delayed(6, 'b'), delayed(1, 'a')]);
    expect(await Promise.all([collect(asCompleted(inputs)), collect(asCompleted(inputs))])).toEqual([
      ['ok a', 'ok b'],
      ['ok a', 'ok b'],
    ]);
  });
});

type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

describe.each([
  '02-async-iteration-protocol/cancellable-wait',
  '04-streaming-map-reduce/abort-search',
  '05-async-toolkit/task-group',
])('sleep(ms, signal) in %s', (id) => {
  const { sleep } = loadExampleDeclarations<{ sleep: Sleep }>(id, ['sleep']);

  test('an already aborted signal rejects at once with its reason, and sets no timer', async () => {
    vi.useFakeTimers();
    const reason = new Error('stopped');
    const waiting = sleep(1000, AbortSignal.abort(reason));
    expect(vi.getTimerCount()).toBe(0);
    await expect(waiting).rejects.toBe(reason);
  });

  test('an abort during the wait rejects with the reason and clears the timer', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const waiting = sleep(1000, controller.signal);
    expect(vi.getTimerCount()).toBe(1);
    const reason = new Error('stopped');
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('a finished wait removes its abort listener', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const waiting = sleep(10, controller.signal);
    await vi.advanceTimersByTimeAsync(10);
    await expect(waiting).resolves.toBeUndefined();
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function));
  });

  test('several waits on one signal all stop at the abort', async () => {
    const controller = new AbortController();
    const waits = [sleep(1000, controller.signal), sleep(2000, controller.signal), sleep(3000)];
    controller.abort(new Error('stopped'));
    const results = await Promise.race([Promise.allSettled(waits.slice(0, 2)), tick(50).then(() => 'still waiting')]);
    expect(results).toEqual([
      { status: 'rejected', reason: new Error('stopped') },
      { status: 'rejected', reason: new Error('stopped') },
    ]);
    expect(await settled(waits[2])).toBe(false); // no signal: unaffected
  });
});

/** A stand-in for a Web Worker: it answers on the port each message carries, later for longer texts. */
class FakeWorker extends EventTarget {
  errorListeners = 0;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: AddEventListenerOptions | boolean) {
    if (type === 'error') this.errorListeners++;
    super.addEventListener(type, listener, options);
  }
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: EventListenerOptions | boolean) {
    if (type === 'error') this.errorListeners--;
    super.removeEventListener(type, listener, options);
  }
  postMessage(text: string, [reply]: MessagePort[]) {
    setTimeout(() => reply.postMessage(text.startsWith('bad') ? { error: `cannot hash ${text}` } : { hash: `#${text}` }), text.length * 2);
  }
  crash(message: string) {
    this.dispatchEvent(Object.assign(new Event('error'), { message }));
  }
}

describe.each(['en', 'zh-cn'])('hashInWorker (chapter 5, %s)', (lang) => {
  const snippet = tsBlockDeclaring(`content/chapters/${lang}/05-async-toolkit.mdx`, 'hashInWorker');
  const ports: MessagePort[] = [];
  class TrackedChannel extends MessageChannel {
    constructor() {
      super();
      ports.push(this.port1);
      vi.spyOn(this.port1, 'close');
    }
  }
  const load = (worker: FakeWorker) =>
    loadDeclarations<{ hashInWorker: (text: string) => Promise<string> }>(snippet, ['hashInWorker'], { worker, MessageChannel: TrackedChannel })
      .hashInWorker;

  test('overlapping calls each receive their own reply, and every listener is removed', async () => {
    const worker = new FakeWorker();
    const hashInWorker = load(worker);
    ports.length = 0;
    const replies = await Promise.all([hashInWorker('a long text'), hashInWorker('short'), hashInWorker('mid text')]);
    expect(replies).toEqual(['#a long text', '#short', '#mid text']);
    expect(worker.errorListeners).toBe(0);
    expect(ports).toHaveLength(3);
    for (const port of ports) expect(port.close).toHaveBeenCalled();
  });

  test('a call whose hashing fails rejects alone; the others still get their replies', async () => {
    const worker = new FakeWorker();
    const hashInWorker = load(worker);
    const results = await Promise.allSettled([hashInWorker('bad input'), hashInWorker('good')]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: new Error('cannot hash bad input') });
    expect(results[1]).toEqual({ status: 'fulfilled', value: '#good' });
    expect(worker.errorListeners).toBe(0);
  });

  test('a caller that gives up through Promise.race does not receive anyone else\'s reply', async () => {
    const worker = new FakeWorker();
    const hashInWorker = load(worker);
    const impatient = Promise.race([hashInWorker('a much longer text'), failing(1, 'timeout')]);
    const patient = hashInWorker('quick');
    await expect(impatient).rejects.toThrow('timeout');
    expect(await patient).toBe('#quick');
    await tick(50); // the abandoned reply arrives on its own port, then its listeners go too
    expect(worker.errorListeners).toBe(0);
  });

  test('when the worker itself fails, every pending call rejects and lets go of its listeners', async () => {
    const worker = new FakeWorker();
    const hashInWorker = load(worker);
    const pending = [hashInWorker('one'), hashInWorker('two')];
    worker.crash('worker script failed');
    for (const p of pending) await expect(p).rejects.toThrow('worker script failed');
    expect(worker.errorListeners).toBe(0);
  });
});

// ---- rev12 (issue 18, chapters 1 and 2): helpers that broke under round 3's review ----

type FutureLike<T> = { promise: Promise<T>; done(): boolean; setResult(value: T): void; setException(error: Error): void };

describe('future() (chapter 1, rev12): a done() flag set where the promise is settled', () => {
  // Loaded per test: the example before this fix kept its flag inline, with promise.then().
  const future = <T,>() =>
    loadExampleDeclarations<{ future: <U>() => FutureLike<U> }>('01-generators-to-async-await/future-with-resolvers', ['future']).future<T>();

  test('done() is true as soon as setResult() returns, not a microtask later', () => {
    const fut = future<number>();
    expect(fut.done()).toBe(false);
    fut.setResult(42);
    expect(fut.done()).toBe(true);
  });

  test('a future that fails: done() is true, the await in try catches it, and nothing is left unhandled', async () => {
    const unhandled = await unhandledDuring(async () => {
      const fut = future<number>();
      setTimeout(() => fut.setException(new Error('no answer')), 5);
      await expect(fut.promise).rejects.toThrow('no answer');
      expect(fut.done()).toBe(true);
    });
    expect(unhandled).toEqual([]);
  });

  test('settling a second time changes nothing', async () => {
    const fut = future<string>();
    fut.setResult('first');
    fut.setException(new Error('too late'));
    fut.setResult('second');
    expect(await fut.promise).toBe('first');
  });
});

describe('PageIterator (chapter 2, rev12): overlapping next() calls', () => {
  const { PageIterator } = loadExampleDeclarations<{ PageIterator: new (maxPages: number) => AsyncIterableIterator<string> }>(
    '02-async-iteration-protocol/api-pages-iterator',
    ['sleep', 'PageIterator'],
  );

  test('five calls at once on PageIterator(3) give three distinct pages, then done', async () => {
    const pages = new PageIterator(3);
    const results = await Promise.all([pages.next(), pages.next(), pages.next(), pages.next(), pages.next()]);
    expect(results).toEqual([
      { value: 'Page 0', done: false },
      { value: 'Page 1', done: false },
      { value: 'Page 2', done: false },
      { value: undefined, done: true },
      { value: undefined, done: true },
    ]);
  });
});

// ---- Chapter 3: the stream adapters of "Where async generators are used" ----

type MessagesOf = (socket: EventTarget & { close(): void }, limit: number) => AsyncGenerator<string, void, undefined>;

describe('messagesOf (chapter 3): a WebSocket as an async iterator ends with its socket', () => {
  const { messagesOf } = loadExampleDeclarations<{ messagesOf: MessagesOf }>('03-async-generators-in-depth/websocket-bounded-buffer', ['messagesOf']);
  vi.spyOn(console, 'log').mockImplementation(() => {}); // its finally reports what it dropped

  /** A socket the test drives by hand, counting the listeners attached to it. */
  class HandSocket extends EventTarget {
    listeners = 0;
    override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: AddEventListenerOptions | boolean) {
      this.listeners++;
      super.addEventListener(type, listener, options);
    }
    override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: EventListenerOptions | boolean) {
      this.listeners--;
      super.removeEventListener(type, listener, options);
    }
    send(...messages: string[]) {
      for (const data of messages) this.dispatchEvent(new MessageEvent('message', { data }));
    }
    close() {}
  }

  const consume = (socket: HandSocket, got: string[]) =>
    (async () => {
      for await (const message of messagesOf(socket, 4)) got.push(message);
    })();

  test('when the server closes the socket, the loop ends after the messages that came first, and every listener goes', async () => {
    const socket = new HandSocket();
    const got: string[] = [];
    const loop = consume(socket, got);
    await tick();
    socket.send('a', 'b');
    socket.dispatchEvent(new Event('close'));
    expect(await settled(loop)).toBe(true);
    expect(got).toEqual(['a', 'b']);
    expect(socket.listeners).toBe(0);
  });

  test('when the connection fails, the loop throws after the messages that came first', async () => {
    const socket = new HandSocket();
    const got: string[] = [];
    const loop = consume(socket, got);
    loop.catch(() => {}); // looked at below; an adapter that never settles must not leave this unhandled
    await tick();
    socket.send('a');
    socket.dispatchEvent(new Event('error'));
    socket.dispatchEvent(new Event('close'));
    expect(await settled(loop)).toBe(true);
    await expect(loop).rejects.toThrow();
    expect(got).toEqual(['a']);
    expect(socket.listeners).toBe(0);
  });
});

describe('chunksOf and linesOf (chapter 3): bytes to lines', () => {
  const { chunksOf, linesOf } = loadExampleDeclarations<{
    chunksOf: (body: ReadableStream<Uint8Array>) => AsyncGenerator<Uint8Array, void, undefined>;
    linesOf: (chunks: AsyncIterable<Uint8Array>) => AsyncGenerator<string, void, undefined>;
  }>('03-async-generators-in-depth/http-chunks-to-lines', ['chunksOf', 'linesOf']);
  vi.spyOn(console, 'log').mockImplementation(() => {}); // chunksOf reports each chunk

  const bytes = (text: string) => new TextEncoder().encode(text);
  async function* chunks(...texts: string[]) {
    for (const text of texts) yield bytes(text);
  }
  const collect = async <T,>(source: AsyncIterable<T>) => {
    const got: T[] = [];
    for await (const item of source) got.push(item);
    return got;
  };

  test('CRLF line ends give lines without the \\r, also when a chunk ends between \\r and \\n', async () => {
    expect(await collect(linesOf(chunks('id,name\r\n1,A', 'da\r', '\n2,Grace\r\n', '3,Zo')))).toEqual(['id,name', '1,Ada', '2,Grace', '3,Zo']);
  });

  test('a stream that fails reaches the loop as its error and is left unlocked', async () => {
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) return controller.error(new Error('connection reset'));
        sent = true;
        controller.enqueue(bytes('a\n'));
      },
    });
    await expect(collect(chunksOf(body))).rejects.toThrow('connection reset');
    expect(body.locked).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Issue 18, round 3 (chapter 5): helpers that broke when a reader copied them. Each test below
// failed on the code before that round's fix.
// ---------------------------------------------------------------------------------------------
import { readFileSync as readText } from 'node:fs';
import typescript from 'typescript';
import { examplePath } from '../support/examples';

describe('issue 18, round 3: chapter 5 helpers', () => {
  /** Compiles a snippet of TypeScript statements into a function of the named free variables. */
  function compiled(statements: string, params: string[]): (...args: unknown[]) => unknown {
    const { outputText } = typescript.transpileModule(statements, { compilerOptions: { target: typescript.ScriptTarget.ES2022 } });
    return new Function(...params, `"use strict";\n${outputText}`) as (...args: unknown[]) => unknown;
  }

  const topLevel = (source: string) => typescript.createSourceFile('example.ts', source, typescript.ScriptTarget.ESNext, true);

  describe('fakeFetch (chapter 5, fetch-timeout)', () => {
    const { fakeFetch } = loadExampleDeclarations<{ fakeFetch: (url: string, init?: { signal?: AbortSignal }) => Promise<Response> }>(
      '05-async-toolkit/fetch-timeout',
      ['routes', 'fakeFetch'],
    );

    test('an already aborted signal rejects at once with its reason, as fetch does, and starts no request', async () => {
      vi.useFakeTimers();
      const reason = new Error('stopped before the call');
      const call = fakeFetch('/users/python', { signal: AbortSignal.abort(reason) });
      expect(vi.getTimerCount()).toBe(0);
      await expect(call).rejects.toBe(reason);
    });
  });

  type FetchResultLike = { url: string; status: number; data: unknown; error: string | null };

  describe.each(['05-async-toolkit/bulk-fetch-limit-5', '05-async-toolkit/bulk-fetch-limit-20'])('bulk fetch in %s', (id) => {
    test('a request that never answers is cut off by its own deadline, which starts once it holds a permit', async () => {
      // A server that accepts the connection and then says nothing: only an abort ends the call.
      const network = (url: string, { signal }: { signal?: AbortSignal } = {}) =>
        new Promise<Response>((resolve, reject) => {
          signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
          if (!url.endsWith('/stalls')) setTimeout(() => resolve(new Response('{"id":1}')), 30);
        });
      const { Semaphore, fetchOne } = loadExampleDeclarations<{
        Semaphore: new (permits: number) => SemaphoreLike;
        fetchOne: (url: string, sem: SemaphoreLike) => Promise<FetchResultLike>;
      }>(id, ['Semaphore', 'inFlight', 'peak', 'fetchOne'], { fakeFetch: network, TIMEOUT_MS: 50 });
      const sem = new Semaphore(1);
      // The second request waits in line for about 50 ms, then needs 30 ms: within its own deadline
      // only if that deadline started when it got the permit.
      const both = Promise.all([fetchOne('https://x/items/stalls', sem), fetchOne('https://x/items/1', sem)]);
      const results = await Promise.race([both, tick(1000).then(() => 'still waiting: the stalled request holds its permit')]);
      expect(results).toEqual([
        { url: 'https://x/items/stalls', status: 0, data: null, error: 'TimeoutError' },
        { url: 'https://x/items/1', status: 200, data: { id: 1 }, error: null },
      ]);
      expect(await settled(sem.acquire())).toBe(true);
    });

    test('its simulated network honours the signal: an abort ends a request and clears its timer', async () => {
      const { fakeFetch } = loadExampleDeclarations<{ fakeFetch: (url: string, init?: { signal?: AbortSignal }) => Promise<Response> }>(id, [
        'sleep',
        'fakeFetch',
      ]);
      vi.useFakeTimers();
      const controller = new AbortController();
      const call = fakeFetch('https://api.example.com/items/3', { signal: controller.signal });
      expect(vi.getTimerCount()).toBe(1);
      const reason = new Error('deadline');
      controller.abort(reason);
      await expect(call).rejects.toBe(reason);
      expect(vi.getTimerCount()).toBe(0);
    });
  });

  describe('the taskGroup consumer (chapter 5, task-group)', () => {
    // The example's last statement: try { await taskGroup(...) } catch (err) { ... }. Its catch
    // block is what a reader copies around their own call.
    const source = readText(examplePath('05-async-toolkit/task-group'), 'utf8');
    const tries = topLevel(source).statements.filter(typescript.isTryStatement);
    const handler = tries.at(-1)!.catchClause!;
    const onError = compiled(handler.block.getText(), [handler.variableDeclaration!.name.getText(), 'since', 'console']);
    const quiet = { log: vi.fn() };

    test('reports an AggregateError, and lets any other error through instead of swallowing it', () => {
      onError(new AggregateError([new Error('user 2 not found')], '1 task(s) failed'), () => '0 ms', quiet);
      expect(quiet.log).toHaveBeenCalledTimes(1);
      const bug = new TypeError('tasks is not iterable');
      expect(() => onError(bug, () => '0 ms', quiet)).toThrow(bug);
    });
  });

  type MutexLike = { runExclusive<T>(fn: () => Promise<T>, options?: { signal?: AbortSignal }): Promise<T> };

  describe('Mutex (chapter 5)', () => {
    const { Mutex } = loadExampleDeclarations<{ Mutex: new () => MutexLike }>('05-async-toolkit/mutex', ['Mutex']);

    test('a caller whose signal aborts stops waiting at once, its fn never runs, and the lock passes on', async () => {
      const lock = new Mutex();
      const order: string[] = [];
      const holder = lock.runExclusive(async () => {
        order.push('holder');
        await tick(10);
        throw new Error('holder failed');
      });
      const controller = new AbortController();
      const quitter = lock.runExclusive(async () => void order.push('quitter'), { signal: controller.signal });
      const patient = lock.runExclusive(async () => {
        order.push('patient');
        return 'patient ran';
      });
      controller.abort(new Error('gave up'));
      await expect(quitter).rejects.toThrow('gave up');
      expect(order).toEqual(['holder']); // rejected while the holder still runs
      await expect(holder).rejects.toThrow('holder failed');
      expect(await patient).toBe('patient ran');
      expect(order).toEqual(['holder', 'patient']);
    });

    test('an already aborted signal runs nothing', async () => {
      const lock = new Mutex();
      const fn = vi.fn(async () => 'ran');
      await expect(lock.runExclusive(fn, { signal: AbortSignal.abort(new Error('too late')) })).rejects.toThrow('too late');
      await tick();
      expect(fn).not.toHaveBeenCalled();
    });
  });

  type EventLike = { set(): void; clear(): void; isSet(): boolean; wait(options?: { signal?: AbortSignal }): Promise<void> };

  describe('AsyncEvent (chapter 5)', () => {
    const { AsyncEvent } = loadExampleDeclarations<{ AsyncEvent: new () => EventLike }>('05-async-toolkit/event', ['AsyncEvent']);

    test('a waiter whose signal aborts stops waiting; the others still wake at set()', async () => {
      const event = new AsyncEvent();
      const controller = new AbortController();
      const quitter = event.wait({ signal: controller.signal });
      const patient = event.wait();
      controller.abort(new Error('gave up'));
      await expect(quitter).rejects.toThrow('gave up');
      expect(await settled(patient)).toBe(false);
      event.set();
      expect(await settled(patient)).toBe(true);
    });

    test('a wait that ends removes its abort listener, and an already aborted signal fails even on a set event', async () => {
      const event = new AsyncEvent();
      const controller = new AbortController();
      const remove = vi.spyOn(controller.signal, 'removeEventListener');
      const waiting = event.wait({ signal: controller.signal });
      event.set();
      await waiting;
      expect(remove).toHaveBeenCalledWith('abort', expect.any(Function));
      await expect(event.wait({ signal: AbortSignal.abort(new Error('too late')) })).rejects.toThrow('too late');
    });
  });

  describe('AsyncQueue and an already aborted signal (chapter 5)', () => {
    const { AsyncQueue } = loadExampleDeclarations<{ AsyncQueue: new <T>(maxsize?: number) => QueueLike<T> }>('05-async-toolkit/queue', ['AsyncQueue']);

    test('get() and put() fail at once, as acquire() and fetch do, even when they would not wait', async () => {
      const queue = new AsyncQueue<string>();
      await queue.put('kept');
      const gone = AbortSignal.abort(new Error('too late'));
      await expect(queue.get({ signal: gone })).rejects.toThrow('too late');
      await expect(queue.put('dropped', { signal: gone })).rejects.toThrow('too late');
      expect(await queue.get()).toBe('kept');
      expect(await settled(queue.get())).toBe(false);
    });
  });

  describe.each(['en', 'zh-cn'])('the hash worker (chapter 5, %s)', (lang) => {
    // The worker half of the snippet: its `self.addEventListener("message", …)` statement.
    const snippet = tsBlockDeclaring(`content/chapters/${lang}/05-async-toolkit.mdx`, 'hashInWorker');
    const listen = topLevel(snippet)
      .statements.filter(typescript.isExpressionStatement)
      .find((s) => s.getText().startsWith('self.addEventListener'))!;
    const start = compiled(listen.getText(), ['self', 'expensiveHash']);

    test('a failed hash sends back the error message once, not "Error: …" to be wrapped again', async () => {
      const self = new EventTarget();
      start(self, (text: string) => {
        throw new Error(`cannot hash ${text}`);
      });
      const { port1, port2 } = new MessageChannel();
      const reply = new Promise<unknown>((resolve) => (port1.onmessage = (e) => resolve(e.data)));
      self.dispatchEvent(new MessageEvent('message', { data: 'bad', ports: [port2] }));
      expect(await reply).toEqual({ error: 'cannot hash bad' });
      port1.close();
    });
  });
});

// ---- Issue 18, round 3, chapters 1-2: the Python twin a reader copies as well ----

import { spawnSync as spawnPython } from 'node:child_process';
import { findPython as findCPython } from '../support/examples';

describe('PageIterator, Python twin (chapter 2): overlapping __anext__() calls', () => {
  const found = findCPython();
  const python = 'python' in found ? found.python : undefined;
  // The twin's class, without its demo (everything from `async def main()` on), gathered five times over.
  const harness = `
import asyncio, sys
source = open(sys.argv[1], encoding="utf-8").read().split("async def main()")[0]
scope = {}
exec(source, scope)
async def main():
    pages = scope["PageIterator"](3)
    results = await asyncio.gather(*(pages.__anext__() for _ in range(5)), return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ for r in results])
asyncio.run(main())
`;

  test.skipIf(!python).each([
    ['en', "['Page 0', 'Page 1', 'Page 2', 'StopAsyncIteration', 'StopAsyncIteration']"],
    ['zh-cn', "['第 0 页', '第 1 页', '第 2 页', 'StopAsyncIteration', 'StopAsyncIteration']"],
  ] as const)('%s: five calls at once on PageIterator(3) give three distinct pages, then the end', (lang, expected) => {
    const twin = examplePath('02-async-iteration-protocol/api-pages-iterator', lang, 'py');
    const run = spawnPython(python!, ['-c', harness, twin], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe(expected);
  });
});
