// When the module body ends, work that is still running is not cancelled: Node waits for it.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function background(): Promise<void> {
  try {
    await sleep(100);
    console.log("background: finished its work");
  } finally {
    console.log("background: finally");
  }
}

void background(); // started, and nobody awaits it
console.log("the module body ends here");
// Nothing cancels background(): its timer keeps the program alive until it has run.
