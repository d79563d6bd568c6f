export interface User {
  id: number;
  name: string;
}

export interface Report {
  users: User[];
  failed: { id: number; error: string }[];
}

// 同时请求所有用户并等它们全部完成，就像
// `gather(..., return_exceptions=True)`：一次失败成为 `failed` 里的一项，
// 而不会让整份报告拒绝。两个列表都保持 `ids` 的顺序。
export async function fetchReport(ids: number[], fetchUser: (id: number) => Promise<User>): Promise<Report> {
  // allSettled 从不拒绝：每个输入一条记录，顺序与输入相同。
  const results = await Promise.allSettled(ids.map((id) => fetchUser(id)));
  const report: Report = { users: [], failed: [] };
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') report.users.push(r.value);
    else report.failed.push({ id: ids[i], error: r.reason instanceof Error ? r.reason.message : String(r.reason) });
  });
  return report;
}

// 试一试：用户 2 不存在。
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
async function fetchUser(id: number): Promise<User> {
  await sleep(100 + 20 * id);
  if (id === 2) throw new Error(`找不到用户 ${id}`);
  return { id, name: `User_${id}` };
}
try {
  console.log(await fetchReport([1, 2, 3], fetchUser));
} catch (err) {
  console.log(`fetchReport 拒绝了: ${(err as Error).message}`);
}
