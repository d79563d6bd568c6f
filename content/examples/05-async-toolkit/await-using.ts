// await using is the closest thing to `async with`, but only the exit half exists.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// No enter hook: setup is the ordinary call on the right of `await using`.
async function connect(name: string, closeFails = false): Promise<AsyncDisposable> {
  await sleep(10);
  console.log(`  open ${name}`);
  return {
    // Called with no arguments: it cannot tell whether the block failed.
    async [Symbol.asyncDispose]() {
      await sleep(10);
      console.log(`  close ${name}`);
      if (closeFails) throw new Error(`closing ${name} failed`);
    },
  };
}

console.log("--- the block ends normally ---");
{
  await using a = await connect("a");
  await using b = await connect("b");
  console.log("  working with a and b");
} // closed in reverse order: b, then a

console.log("--- the block throws ---");
try {
  await using c = await connect("c");
  throw new Error("the block failed");
} catch (err) {
  // __aexit__ could return True and swallow the error; dispose has no such power.
  console.log(`caught: ${(err as Error).message}`);
}

console.log("--- the block throws, and closing fails too ---");
try {
  await using d = await connect("d", true);
  throw new Error("the block failed");
} catch (err) {
  const e = err as SuppressedError;
  console.log(`caught a ${e.name}: error = "${(e.error as Error).message}", suppressed = "${(e.suppressed as Error).message}"`);
}
