// ❌ 调用 async 函数却不 await 它。工作照样会运行（Promise 是急切启动的），
// 但没有人等它，也没有人看得到它的错误。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const database: string[] = [];

async function saveUser(name: string): Promise<void> {
  await sleep(100);
  database.push(name);
  console.log(`  已保存 ${name}`);
}

async function signUp(name: string): Promise<void> {
  try {
    saveUser(name); // 忘了 `await`：这个 try/catch 永远看不到失败
  } catch (err) {
    console.log(`不会打印: ${err}`);
  }
  console.log(`signUp(${name}) 返回了`);
}

await signUp("ada");
console.log(`数据库里的用户数: ${database.length}`); // 太早了
