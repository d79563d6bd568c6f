// aiohttp -> fetch. The network is simulated: fakeFetch answers with a real
// Response object after a delay, and honours an AbortSignal as fetch does.
const routes: Record<string, { ms: number; status: number }> = {
  "/users/python": { ms: 100, status: 200 },
  "/users/golang": { ms: 150, status: 200 },
  "/users/nobody": { ms: 80, status: 404 },
  "/users/slow": { ms: 900, status: 200 },
};

function fakeFetch(url: string, init: { signal?: AbortSignal } = {}): Promise<Response> {
  const { signal } = init;
  // As with fetch, an already-aborted signal fails the call at once:
  // an abort listener added now would never fire.
  if (signal?.aborted) return Promise.reject(signal.reason);
  const { promise, resolve, reject } = Promise.withResolvers<Response>();
  const route = routes[url];
  const onAbort = () => {
    clearTimeout(timer);
    reject(signal?.reason);
  };
  const timer = setTimeout(() => {
    signal?.removeEventListener("abort", onAbort);
    const body = route.status === 200 ? { login: url.split("/")[2] } : { message: "Not Found" };
    resolve(new Response(JSON.stringify(body), { status: route.status }));
  }, route.ms);
  signal?.addEventListener("abort", onAbort, { once: true });
  return promise;
}

type Result = { url: string; status: number; data: unknown };

// Surprise 1: fetch resolves on 404 and 500. Only network failures reject.
const res = await fakeFetch("/users/nobody");
console.log(`/users/nobody: resolved anyway, ok=${res.ok}, status=${res.status}`);

async function fetchOne(url: string, signal: AbortSignal): Promise<Result> {
  // Per-request timeout (like ClientTimeout), combined with the caller's signal.
  const res = await fakeFetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(300)]) });
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`); // check it yourself
  return { url, status: res.status, data: await res.json() };
}

async function fetchAll(urls: string[], signal: AbortSignal): Promise<PromiseSettledResult<Result>[]> {
  return Promise.allSettled(urls.map((url) => fetchOne(url, signal)));
}

const t0 = performance.now();
const controller = new AbortController(); // abort() here would cancel everything
const urls = Object.keys(routes);
const results = await fetchAll(urls, controller.signal);
results.forEach((r, i) => {
  if (r.status === "fulfilled") {
    console.log(`ok     ${urls[i]} ${JSON.stringify(r.value.data)}`);
  } else {
    const err = r.reason as Error;
    const why = err.name === "TimeoutError" ? "TimeoutError (AbortSignal.timeout)" : err.message;
    console.log(`failed ${urls[i]}: ${why}`);
  }
});
console.log(`fetchAll: ${Math.round(performance.now() - t0)} ms (the slow URL was cut off at 300 ms)`);
