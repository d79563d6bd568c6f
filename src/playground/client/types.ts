/** One variant as the page embeds it (see Playground.astro). */
export interface ExampleData {
  id: string;
  filename: string;
  source: string;
  js: string;
  map: string;
  label: string;
  open: string;
}

export type RunState = 'idle' | 'running' | 'done' | 'error' | 'stopped';

/** The playground's UI strings of the page's language (keys without the `pg.` prefix). */
export type Strings = Record<string, string>;
