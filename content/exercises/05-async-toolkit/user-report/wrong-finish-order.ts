// fails: all-ok: the ids in report.users: [ 2, 3, 1 ]
export interface User {
  id: number;
  name: string;
}

export interface Report {
  users: User[];
  failed: { id: number; error: string }[];
}

// Concurrent and never rejects, but each result is pushed when it arrives: finishing order.
export async function fetchReport(ids: number[], fetchUser: (id: number) => Promise<User>): Promise<Report> {
  const report: Report = { users: [], failed: [] };
  await Promise.all(ids.map((id) => fetchUser(id).then(
    (user) => { report.users.push(user); },
    (err: Error) => { report.failed.push({ id, error: err.message }); },
  )));
  return report;
}
