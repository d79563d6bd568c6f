// fails: overlap: one waited for the other
export interface User {
  id: number;
  name: string;
}

export interface Report {
  users: User[];
  failed: { id: number; error: string }[];
}

// try/catch around each await keeps the failures, but each request waits for the last.
export async function fetchReport(ids: number[], fetchUser: (id: number) => Promise<User>): Promise<Report> {
  const report: Report = { users: [], failed: [] };
  for (const id of ids) {
    try {
      report.users.push(await fetchUser(id));
    } catch (err) {
      report.failed.push({ id, error: (err as Error).message });
    }
  }
  return report;
}
