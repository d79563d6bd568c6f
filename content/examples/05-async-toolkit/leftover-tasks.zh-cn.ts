// 模块主体执行完时，仍在运行的工作不会被取消：Node 会等它做完。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function background(): Promise<void> {
  try {
    await sleep(100);
    console.log("后台任务: 工作做完了");
  } finally {
    console.log("后台任务: finally");
  }
}

void background(); // 已经启动，却没人 await 它
console.log("模块主体到此结束");
// 没有谁取消 background()：它的定时器让程序一直活着，直到它运行完。
