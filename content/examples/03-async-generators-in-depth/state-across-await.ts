const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// One thread, no preemption... and still a race: the balance can change while
// a function is suspended at an await.
let balance = 100;

async function withdraw(who: string, amount: number): Promise<void> {
  if (balance >= amount) {
    console.log(`${who}: balance is ${balance}, enough for ${amount}`);
    await sleep(50); // e.g. ask a payment service; another withdrawal runs meanwhile
    balance -= amount; // acts on a check that may no longer hold
    console.log(`${who}: withdrew ${amount}, balance now ${balance}`);
  } else {
    console.log(`${who}: refused, balance is only ${balance}`);
  }
}

console.log("--- no lock ---");
await Promise.all([withdraw("alice", 80), withdraw("bob", 80)]);
console.log(`final balance: ${balance}`);

// A minimal lock: each critical section waits for the previous one to finish.
// (asyncio.Lock plays this role in Python; chapter 5 builds a fuller one.)
function createLock() {
  let tail: Promise<unknown> = Promise.resolve();
  return function exclusive<T>(section: () => Promise<T>): Promise<T> {
    const result = tail.then(section);
    tail = result.catch(() => undefined); // a failed section must not jam the lock
    return result;
  };
}

console.log("--- with a lock ---");
balance = 100;
const exclusive = createLock();
await Promise.all([exclusive(() => withdraw("alice", 80)), exclusive(() => withdraw("bob", 80))]);
console.log(`final balance: ${balance}`);
