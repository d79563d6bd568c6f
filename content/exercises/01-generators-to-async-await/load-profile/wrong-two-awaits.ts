// fails: fails-fast: a rejection nobody handled
export interface Api {
  user(id: number): Promise<string>;
  posts(id: number): Promise<string[]>;
}

// Both start at once, but while the first await waits, a failure of the second
// promise has no handler yet: the runtime reports it as unhandled.
export async function loadProfile(id: number, api: Api): Promise<{ user: string; posts: string[] }> {
  const user = api.user(id);
  const posts = api.posts(id);
  return { user: await user, posts: await posts };
}
