// fails: overlap: one waited for the other
export interface Api {
  user(id: number): Promise<string>;
  posts(id: number): Promise<string[]>;
}

export async function loadProfile(id: number, api: Api): Promise<{ user: string; posts: string[] }> {
  return { user: await api.user(id), posts: await api.posts(id) };
}
