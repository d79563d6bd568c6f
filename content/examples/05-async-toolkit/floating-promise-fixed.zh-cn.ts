// ✅ 启动了什么，就 await 什么。如果某件事确实必须在后台运行，
// 就保留它的 Promise，立刻挂上处理函数，并在退出之前等它结束。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const database: string[] = [];

async function saveUser(name: string): Promise<void> {
  await sleep(100);
  if (name === "") throw new Error("名字为空");
  database.push(name);
  console.log(`  已保存 ${name}`);
}

async function signUp(name: string): Promise<void> {
  try {
    await saveUser(name);
  } catch (err) {
    console.log(`signUp 失败: ${(err as Error).message}`);
  }
  console.log(`signUp(${JSON.stringify(name)}) 返回了`);
}

await signUp("ada");
await signUp(""); // 现在错误能到达 try/catch 了
console.log(`数据库里的用户数: ${database.length}`);

// 有意放到后台的工作：保留一个引用，并立刻处理错误。
const background = new Set<Promise<void>>();
function inBackground(promise: Promise<void>): void {
  const handled = promise.catch((err) => console.log(`后台任务失败: ${err.message}`));
  background.add(handled);
  handled.finally(() => background.delete(handled));
}
inBackground(saveUser("grace"));
inBackground(saveUser(""));
console.log(`${background.size} 个后台任务正在运行`);
await Promise.allSettled(background); // 在关闭之前
console.log(`数据库里的用户数: ${database.length}`);
