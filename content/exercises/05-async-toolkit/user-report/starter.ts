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
  // Works while every request succeeds, but one failure rejects the whole
  // report. Make each failure an entry in `failed`, and keep every success.
  const users = await Promise.all(ids.map((id) => fetchUser(id)));
  return { users, failed: [] };
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
