export interface User {
  id: number;
  name: string;
}

export interface Report {
  users: User[];
  failed: { id: number; error: string }[];
}

// Fetches every user at once and waits for all of them, like
// gather(..., return_exceptions=True): a failure becomes an entry in `failed`
// instead of rejecting the report. Both lists keep the order of `ids`.
export async function fetchReport(ids: number[], fetchUser: (id: number) => Promise<User>): Promise<Report> {
  // allSettled never rejects: one record per input, in input order.
  const results = await Promise.allSettled(ids.map((id) => fetchUser(id)));
  const report: Report = { users: [], failed: [] };
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') report.users.push(r.value);
    else report.failed.push({ id: ids[i], error: r.reason instanceof Error ? r.reason.message : String(r.reason) });
  });
  return report;
}

// Try it: user 2 does not exist.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
async function fetchUser(id: number): Promise<User> {
  await sleep(100 + 20 * id);
  if (id === 2) throw new Error(`user ${id} not found`);
  return { id, name: `User_${id}` };
}
try {
  console.log(await fetchReport([1, 2, 3], fetchUser));
} catch (err) {
  console.log(`fetchReport rejected: ${(err as Error).message}`);
}
