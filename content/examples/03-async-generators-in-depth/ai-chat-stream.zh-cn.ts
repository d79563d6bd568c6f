const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 流里传的是什么：一个可辨识联合类型，消费者可以按 `type` 分情况处理。
type ChatEvent =
  | { type: "thinking"; step: string }
  | { type: "content"; text: string };

// 代替对模型的调用。
async function generateAnswer(question: string): Promise<string> {
  await sleep(100);
  return `可以：“${question}” 这个问题 可以 一个字 一个字地 回答。`;
}

async function* aiResponseStream(question: string): AsyncGenerator<ChatEvent, void, undefined> {
  // 1. 进度记录，让用户看到事情正在进行。
  for (const step of ["理解问题", "检索知识", "组织答案"]) {
    yield { type: "thinking", step };
    await sleep(80);
  }
  // 2. 答案，一个字符一个字符地流式送出。
  const answer = await generateAnswer(question);
  for (const char of answer) {
    yield { type: "content", text: char };
    await sleep(4);
  }
}

// UI 这一侧：思考步骤来一个显示一个，答案在每个空格处重绘一次。
let answer = "";
let characters = 0;
for await (const event of aiResponseStream("能流式输出吗？")) {
  switch (event.type) {
    case "thinking":
      console.info(`（思考中）${event.step}……`);
      break;
    case "content":
      answer += event.text; // 在这个分支里，TypeScript 知道 event.text 一定存在
      characters++;
      if (event.text === " ") console.log(answer.trimEnd());
      break;
  }
}
console.log(answer);
console.log(`（流式送出了 ${characters} 个字符）`);
