/**
 * What the cross-engine tests do on the site, in terms of the small browser interface:
 * wait for a condition in the page, read the page's recorded problems, run playgrounds.
 * Expressions run in the page, so they are plain JavaScript in strings.
 */
import type { EngineBrowser } from './browsers';
import { EXAMPLE_PLAYGROUND } from '../support/pages';

/** Polls a page expression until it is truthy; returns its value (`true` for an element). */
export async function until<T>(b: EngineBrowser, expression: string, what: string, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  // Drivers differ in what they hand back for a DOM node; a boolean is the same in both.
  const probe = `(() => { const v = (${expression}); return v instanceof Node ? true : v; })()`;
  let last: unknown;
  for (;;) {
    last = await b.evaluate<T>(probe).catch((err: unknown) => `(${String(err)})`);
    if (last && !(typeof last === 'string' && last.startsWith('('))) return last as T;
    if (Date.now() > deadline) throw new Error(`${b.name}: timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What the page's recorder collected (see server.ts), taken so the next check starts clean. */
export function takeProblems(b: EngineBrowser): Promise<string[]> {
  return b.evaluate<string[]>('(() => { const p = window.__problems; if (!p) return ["the page has no problem recorder"]; return p.splice(0); })()');
}

/**
 * Numbers the page's example playgrounds (not the exercises', which run a starter meant
 * to fail its checks), so a selector can name each; returns how many there are.
 */
export function markPlaygrounds(b: EngineBrowser): Promise<number> {
  return b.evaluate<number>(`[...document.querySelectorAll('${EXAMPLE_PLAYGROUND}')].map((el, i) => (el.dataset.engineIndex = String(i))).length`);
}

export const pg = (i: number) => `[data-engine-index="${i}"]`;

/** Clicks one of a playground's buttons (`run`, `run-all`, `stop`, `edit`). */
export const press = (b: EngineBrowser, i: number, action: string) => b.click(`${pg(i)} [data-action="${action}"]`);

/**
 * Watches a playground's state, so a run too quick for polling is still seen to start
 * and end: `ended` is true once a `running` state has given way to another.
 */
export const watchState = (b: EngineBrowser, i: number) =>
  b.evaluate(`(() => {
    const el = document.querySelector('${pg(i)}');
    el.__engineObserver?.disconnect();
    el.__states = [];
    el.__engineObserver = new MutationObserver(() => el.__states.push(el.dataset.state));
    el.__engineObserver.observe(el, { attributes: true, attributeFilter: ['data-state'] });
    return true;
  })()`);

/** Waits for the run `watchState` saw start to end; returns the final state. */
export const runEnded = (b: EngineBrowser, i: number, ms = 30_000) =>
  until<string>(b, `(() => {
    const s = document.querySelector('${pg(i)}').__states;
    const started = s.indexOf('running');
    return started >= 0 && s.length > started + 1 && s[s.length - 1] !== 'running' && s[s.length - 1];
  })()`, `the run of playground ${i} to end`, ms);

/** Clicks an action, then waits for the run it starts to end. */
export async function runAndWait(b: EngineBrowser, i: number, action = 'run', ms?: number): Promise<string> {
  await watchState(b, i);
  await press(b, i, action);
  return runEnded(b, i, ms);
}

/** The example's own output lines (the playground's notices left out), as the reader sees them. */
export const outputText = (b: EngineBrowser, i: number) =>
  b.evaluate<string>(`[...document.querySelectorAll('${pg(i)} .pg-output .pg-line:not(.pg-notice) .pg-text')].map((e) => e.textContent).join('\\n')`);
