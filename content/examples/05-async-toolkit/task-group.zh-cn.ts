// 手工打造的 asyncio.TaskGroup：一起运行多个任务；一旦有一个失败，
// 就中止其余的兄弟任务，等它们全部结束，再把所有真正的错误抛出来。
// 取消是协作式的：每个任务都拿到一个 AbortSignal，并且必须遵从它。
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

async function taskGroup<T>(tasks: Array<(signal: AbortSignal) => Promise<T>>): Promise<T[]> {
  const controller = new AbortController();
  const errors: unknown[] = [];
  const running = tasks.map(async (task) => {
    try {
      return await task(controller.signal);
    } catch (err) {
      const cancelled = controller.signal.aborted && err === controller.signal.reason;
      if (!cancelled) {
        errors.push(err); // 真正的失败（和 Python 一样，取消不会被报告）
        controller.abort(new DOMException("一个兄弟任务失败了", "AbortError"));
      }
      throw err;
    }
  });
  await Promise.allSettled(running); // 就像离开 `async with`：等每一个子任务结束
  if (errors.length > 0) throw new AggregateError(errors, `${errors.length} 个任务失败`);
  return Promise.all(running);
}

type User = { id: number; name: string };

let t0 = 0;
const since = () => `${Math.round(performance.now() - t0)} ms`;

function fetchUser(id: number, ms: number, fail = false) {
  return async (signal: AbortSignal): Promise<User> => {
    try {
      await sleep(ms, signal);
    } catch (err) {
      console.log(`  用户 ${id} 被取消（${since()}）`);
      throw err;
    }
    if (fail) {
      console.log(`  用户 ${id} 失败（${since()}）`);
      throw new Error(`找不到用户 ${id}`);
    }
    console.log(`  用户 ${id} 完成（${since()}）`);
    return { id, name: `User_${id}` };
  };
}

console.log("全部成功:");
t0 = performance.now();
const users = await taskGroup([fetchUser(1, 300), fetchUser(2, 100), fetchUser(3, 200)]);
console.log(`结果: ${users.map((u) => u.name).join(", ")}（${since()}）`);

console.log("\n用户 2 失败:");
t0 = performance.now();
try {
  await taskGroup([fetchUser(1, 300), fetchUser(2, 100, true), fetchUser(3, 200)]);
} catch (err) {
  if (err instanceof AggregateError) {
    const messages = err.errors.map((e: Error) => e.message);
    console.log(`AggregateError: ${err.message}: ${messages.join("; ")}（${since()}）`);
  } else throw err; // 其他错误是程序缺陷，而不是任务失败：让它继续往外抛
}
