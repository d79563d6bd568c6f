// aiohttp -> fetch。网络是模拟的：fakeFetch 延迟一会儿后用一个真正的
// Response 对象作答，并且像 fetch 一样遵从 AbortSignal。
const routes: Record<string, { ms: number; status: number }> = {
  "/users/python": { ms: 100, status: 200 },
  "/users/golang": { ms: 150, status: 200 },
  "/users/nobody": { ms: 80, status: 404 },
  "/users/slow": { ms: 900, status: 200 },
};

function fakeFetch(url: string, init: { signal?: AbortSignal } = {}): Promise<Response> {
  const { signal } = init;
  // 和 fetch 一样，信号已经中止的话，调用立刻失败：
  // 这时再加的 abort 监听器永远不会触发。
  if (signal?.aborted) return Promise.reject(signal.reason);
  const { promise, resolve, reject } = Promise.withResolvers<Response>();
  const route = routes[url];
  const onAbort = () => {
    clearTimeout(timer);
    reject(signal?.reason);
  };
  const timer = setTimeout(() => {
    signal?.removeEventListener("abort", onAbort);
    const body = route.status === 200 ? { login: url.split("/")[2] } : { message: "未找到" };
    resolve(new Response(JSON.stringify(body), { status: route.status }));
  }, route.ms);
  signal?.addEventListener("abort", onAbort, { once: true });
  return promise;
}

type Result = { url: string; status: number; data: unknown };

// 意外之一：遇到 404 和 500，fetch 照样兑现。只有网络故障才会拒绝。
const res = await fakeFetch("/users/nobody");
console.log(`/users/nobody: 照样兑现了，ok=${res.ok}，status=${res.status}`);

async function fetchOne(url: string, signal: AbortSignal): Promise<Result> {
  // 每个请求各自的超时（类似 ClientTimeout），再与调用方的信号合并。
  const res = await fakeFetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(300)]) });
  if (!res.ok) throw new Error(`收到 HTTP ${res.status}，来自 ${url}`); // 得自己检查
  return { url, status: res.status, data: await res.json() };
}

async function fetchAll(urls: string[], signal: AbortSignal): Promise<PromiseSettledResult<Result>[]> {
  return Promise.allSettled(urls.map((url) => fetchOne(url, signal)));
}

const t0 = performance.now();
const controller = new AbortController(); // 在这里调用 abort() 会取消全部请求
const urls = Object.keys(routes);
const results = await fetchAll(urls, controller.signal);
results.forEach((r, i) => {
  if (r.status === "fulfilled") {
    console.log(`成功 ${urls[i]} ${JSON.stringify(r.value.data)}`);
  } else {
    const err = r.reason as Error;
    const why = err.name === "TimeoutError" ? "TimeoutError (AbortSignal.timeout)" : err.message;
    console.log(`失败 ${urls[i]}: ${why}`);
  }
});
console.log(`fetchAll: ${Math.round(performance.now() - t0)} ms（那个慢 URL 在 300 ms 时被切断了）`);
