const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// What the stream carries: a discriminated union, so the consumer can switch on `type`.
type ChatEvent =
  | { type: "thinking"; step: string }
  | { type: "content"; text: string };

// Stands in for the model call.
async function generateAnswer(question: string): Promise<string> {
  await sleep(100);
  return `Yes: "${question}" can be answered one character at a time.`;
}

async function* aiResponseStream(question: string): AsyncGenerator<ChatEvent, void, undefined> {
  // 1. Progress records, so the user sees that something is happening.
  for (const step of ["Understanding the question", "Searching knowledge", "Composing the answer"]) {
    yield { type: "thinking", step };
    await sleep(80);
  }
  // 2. The answer, streamed character by character.
  const answer = await generateAnswer(question);
  for (const char of answer) {
    yield { type: "content", text: char };
    await sleep(4);
  }
}

// The UI side: show thinking steps as they come, repaint the answer at word boundaries.
let answer = "";
let characters = 0;
for await (const event of aiResponseStream("Can you stream?")) {
  switch (event.type) {
    case "thinking":
      console.info(`(thinking) ${event.step}...`);
      break;
    case "content":
      answer += event.text; // TypeScript knows event.text exists in this branch
      characters++;
      if (event.text === " ") console.log(answer.trimEnd());
      break;
  }
}
console.log(answer);
console.log(`(${characters} characters streamed)`);
