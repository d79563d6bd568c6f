const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// `async def` becomes `async function`; it always returns a Promise.
async function fetchUser(id: number): Promise<{ id: number; name: string }> {
  await sleep(100); // suspends only this function; the event loop runs other work meanwhile
  return { id, name: `user${id}` };
}

async function main(): Promise<string> {
  const user = await fetchUser(1); // await unwraps the promise
  console.log("main got", user);
  try {
    await Promise.reject(new Error("not found")); // a rejection is thrown at the await
  } catch (err) {
    console.log("main caught:", (err as Error).message);
  }
  return user.name;
}

// No asyncio.run(main()): the event loop is always there, and a module can await at top level.
const name = await main();
console.log("top level got", name);

// Even a function that never awaits returns a promise when it is async.
async function answer(): Promise<number> {
  return 42;
}
const p = answer();
console.log(p instanceof Promise, await p);
