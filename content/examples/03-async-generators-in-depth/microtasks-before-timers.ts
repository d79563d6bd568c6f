const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 1. The order of one turn of the loop.
console.log("A. the script runs (it is the current task)");
setTimeout(() => console.log("F. a 0 ms timer: the next task"), 0);
Promise.resolve().then(() => console.log("C. microtask: a .then() callback"));
queueMicrotask(() => console.log("D. microtask: queueMicrotask()"));
(async () => {
  await null; // even awaiting a non-promise suspends until a microtask
  console.log("E. microtask: the code after an await");
})();
console.log("B. the script ends; now every microtask runs, then the timer");

await sleep(10); // let F print before part 2

// 2. Microtasks queued by microtasks still run before any timer.
let timerRan = false;
setTimeout(() => (timerRan = true), 0);
for (let i = 0; i < 10_000; i++) {
  await i; // each await resumes in a microtask: the 0 ms timer cannot get in
}
console.log(`after 10,000 awaits, has the 0 ms timer run? ${timerRan}`);

await sleep(0); // a real timer wait: the task queue gets its turn
console.log(`after await sleep(0), has it run? ${timerRan}`);
