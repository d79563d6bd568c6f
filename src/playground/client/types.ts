import type { UsingDeclarations } from '../protocol';

/** One variant as the page embeds it (see Playground.astro). */
export interface ExampleData {
  id: string;
  filename: string;
  source: string;
  js: string;
  map: string;
  /** Set when the code has `using` declarations: the sandbox checks the engine runs them. */
  using?: UsingDeclarations;
  label: string;
  open: string;
  /** The Python twin (`<name>.py`), where the example has one. */
  py?: { source: string; filename: string };
}

export type RunState = 'idle' | 'running' | 'done' | 'error' | 'stopped';

/** The playground's UI strings of the page's language (keys without the `pg.` prefix). */
export type Strings = Record<string, string>;
