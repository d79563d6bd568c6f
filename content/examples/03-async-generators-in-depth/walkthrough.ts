const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// A stopwatch: stopwatch() starts one, calling the result reads it.
const stopwatch = () => {
  const start = performance.now();
  return () => `${Math.round(performance.now() - start)} ms`;
};

// 1. A basic async generator. Its body runs only when someone asks for a value.
async function* asyncBasic(elapsed: () => string): AsyncGenerator<string, void, undefined> {
  console.log(`  [${elapsed()}] asyncBasic: body starts`);
  for (let i = 0; i < 3; i++) {
    await sleep(100); // suspends this generator; the event loop is free meanwhile
    yield `async item ${i}`;
  }
}

// 2. Progress messages: yield first, then wait.
async function* simulateThinking(): AsyncGenerator<string, void, undefined> {
  const steps = [
    "Understanding the question...",
    "Searching the knowledge base...",
    "Analysing the context...",
    "Planning the answer...",
    "Writing it out...",
  ];
  for (const step of steps) {
    yield step;
    await sleep(50);
  }
}

// 3. A word stream. Intl.Segmenter finds the words: split(" ") would not, in a language
//    such as Chinese that puts no spaces between them.
async function* wordStream(text: string, locale: string): AsyncGenerator<string, void, undefined> {
  const words: string[] = [];
  for (const { segment, isWordLike } of new Intl.Segmenter(locale, { granularity: "word" }).segment(text)) {
    if (isWordLike || words.length === 0) words.push(segment);
    else words[words.length - 1] += segment; // a space or punctuation mark stays with the word before it
  }
  for (const word of words) {
    yield word;
    await sleep(30);
  }
}

// 4. A consumer that shows each piece the moment it arrives (Python: print(..., end="", flush=True)).
//    console.log always ends the line, so it reprints the growing text, like a chat UI repainting.
async function printAsItArrives(stream: AsyncIterable<string>): Promise<void> {
  let shown = "";
  for await (const piece of stream) {
    shown += piece;
    console.log(shown + "▌"); // the "cursor" shows where the next word will land
  }
  console.log(shown);
}

// 5. main(): the three demos in order. No asyncio.run(): top-level await drives it.
const rule = "=".repeat(40);

console.log(rule);
console.log("1. A basic async generator");
console.log(rule);
let elapsed = stopwatch();
const basic = asyncBasic(elapsed);
console.log(`  [${elapsed()}] generator created; nothing has run yet`);
for await (const item of basic) console.log(`  [${elapsed()}] got "${item}"`);

console.log(rule);
console.log("2. Simulated thinking");
console.log(rule);
elapsed = stopwatch();
for await (const step of simulateThinking()) {
  console.log(`  [${elapsed()}] ${step}`);
  await sleep(30); // the consumer's own work: the generator waits for it
}
console.log(`  [${elapsed()}] done`);

console.log(rule);
console.log("3. A word stream");
console.log(rule);
await printAsItArrives(wordStream("Streaming output makes a conversation feel natural", "en"));
