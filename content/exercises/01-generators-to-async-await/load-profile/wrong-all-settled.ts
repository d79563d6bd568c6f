// fails: fails-fast: loadProfile waited for api.user() first
export interface Api {
  user(id: number): Promise<string>;
  posts(id: number): Promise<string[]>;
}

export async function loadProfile(id: number, api: Api): Promise<{ user: string; posts: string[] }> {
  const [user, posts] = await Promise.allSettled([api.user(id), api.posts(id)]);
  if (user.status === 'rejected') throw user.reason;
  if (posts.status === 'rejected') throw posts.reason;
  return { user: user.value, posts: posts.value };
}
