const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function job(name: string, ms: number, fail = false): Promise<string> {
  await sleep(ms);
  if (fail) throw new Error(`${name} failed`);
  console.log(`  ${name} finished`);
  return name;
}

// Promise.all is asyncio.gather: results in INPUT order, not finishing order.
console.log(await Promise.all([job("a", 100), job("b", 50)]));

// It fails fast with the FIRST error, and nothing is cancelled: the others keep running.
const jobs = [job("slow", 200), job("broken", 50, true), job("medium", 100)];
try {
  await Promise.all(jobs);
} catch (err) {
  console.log("Promise.all rejected:", (err as Error).message);
}

// Promise.allSettled is gather(..., return_exceptions=True): wait for all, keep the errors.
const settled = await Promise.allSettled(jobs);
for (const r of settled) {
  console.log(r.status === "fulfilled" ? `ok: ${r.value}` : `error: ${(r.reason as Error).message}`);
}
