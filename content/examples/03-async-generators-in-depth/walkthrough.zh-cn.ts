const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// 一个秒表：stopwatch() 启动一个秒表，调用它返回的函数就能读数。
const stopwatch = () => {
  const start = performance.now();
  return () => `${Math.round(performance.now() - start)} ms`;
};

// 1. 一个基本的异步生成器。只有当有人索取值时，它的函数体才会运行。
async function* asyncBasic(elapsed: () => string): AsyncGenerator<string, void, undefined> {
  console.log(`  [${elapsed()}] asyncBasic: 函数体开始`);
  for (let i = 0; i < 3; i++) {
    await sleep(100); // 挂起这个生成器；与此同时事件循环是空闲的
    yield `异步项 ${i}`;
  }
}

// 2. 进度消息：先产出，再等待。
async function* simulateThinking(): AsyncGenerator<string, void, undefined> {
  const steps = [
    "正在理解问题……",
    "正在检索知识库……",
    "正在分析上下文……",
    "正在规划答案……",
    "正在写出答案……",
  ];
  for (const step of steps) {
    yield step;
    await sleep(50);
  }
}

// 3. 一个词流。用 Intl.Segmenter 切分词语：中文词与词之间没有空格，
//    split(" ") 切不出来。
async function* wordStream(text: string, locale: string): AsyncGenerator<string, void, undefined> {
  const words: string[] = [];
  for (const { segment, isWordLike } of new Intl.Segmenter(locale, { granularity: "word" }).segment(text)) {
    if (isWordLike || words.length === 0) words.push(segment);
    else words[words.length - 1] += segment; // 空格或标点归入它前面的那个词
  }
  for (const word of words) {
    yield word;
    await sleep(30);
  }
}

// 4. 一个消费者：每块内容一到就显示出来（Python：`print(..., end="", flush=True)`）。
//    console.log 总会换行，所以它把不断变长的文本重新打印一遍，就像聊天界面在重绘。
async function printAsItArrives(stream: AsyncIterable<string>): Promise<void> {
  let shown = "";
  for await (const piece of stream) {
    shown += piece;
    console.log(shown + "▌"); // 这个“光标”标出下一个词会落在哪里
  }
  console.log(shown);
}

// 5. main()：按顺序运行三个演示。不需要 asyncio.run()：由顶层 await 来驱动。
const rule = "=".repeat(40);

console.log(rule);
console.log("1. 一个基本的异步生成器");
console.log(rule);
let elapsed = stopwatch();
const basic = asyncBasic(elapsed);
console.log(`  [${elapsed()}] 生成器已创建；还什么都没运行`);
for await (const item of basic) console.log(`  [${elapsed()}] 拿到“${item}”`);

console.log(rule);
console.log("2. 模拟思考过程");
console.log(rule);
elapsed = stopwatch();
for await (const step of simulateThinking()) {
  console.log(`  [${elapsed()}] ${step}`);
  await sleep(30); // 消费者自己的工作：生成器要等它做完
}
console.log(`  [${elapsed()}] 完成`);

console.log(rule);
console.log("3. 一个词流");
console.log(rule);
await printAsItArrives(wordStream("AI流式输出让对话更加自然流畅", "zh"));
