// fails: failures-reported: the ids in report.failed: []
export interface User {
  id: number;
  name: string;
}

export interface Report {
  users: User[];
  failed: { id: number; error: string }[];
}

// A catch on each request keeps Promise.all from rejecting, but the failures vanish.
export async function fetchReport(ids: number[], fetchUser: (id: number) => Promise<User>): Promise<Report> {
  const results = await Promise.all(ids.map((id) => fetchUser(id).catch(() => null)));
  return { users: results.filter((u): u is User => u !== null), failed: [] };
}
