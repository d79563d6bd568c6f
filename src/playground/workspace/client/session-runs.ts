/**
 * This session's runs, across the examples opened in this tab: what ran, edited or not,
 * and its elapsed time, newest first, each linking back to its example.
 */
import type { PlaygroundStore, HistoryItem } from '../../client/store';
import type { Strings } from '../../client/types';
import { historyText } from '../../client/store';
import { readItem, session, writeItem } from '../../client/storage';
import { PYTHON_HASH } from '../../share';

const MAX_RUNS = 20;

export interface SessionRun extends HistoryItem {
  /** The example's title, as the workspace shows it. */
  title: string;
  href: string;
}

const keyOf = (lang: string) => `ag-playground:runs:${lang}`;

function load(lang: string): SessionRun[] {
  try {
    const list: unknown = JSON.parse(readItem(session, keyOf(lang)) ?? '[]');
    return Array.isArray(list) ? (list as SessionRun[]) : [];
  } catch {
    return [];
  }
}

export function keepSessionRuns(box: HTMLElement, store: PlaygroundStore, opts: { lang: string; title: string; strings: Strings }): void {
  let runs = load(opts.lang);
  const draw = () => {
    const list = box.querySelector('ol')!;
    list.replaceChildren(
      ...runs.map((r) => {
        const li = document.createElement('li');
        li.dataset.edited = String(r.edited);
        li.append(Object.assign(document.createElement('a'), { href: r.href, textContent: r.title }), ` · ${historyText(r, opts.strings)}`);
        return li;
      }),
    );
    box.hidden = runs.length === 0;
  };
  store.subscribe((e) => {
    if (e.type !== 'run-end' || e.replay) return;
    const { label, language, edited, status, elapsed } = e.run;
    const href = store.variants[e.run.variant].open + (language === 'py' ? PYTHON_HASH : '');
    runs = [{ title: opts.title, href, label, language, edited, status, elapsed }, ...runs].slice(0, MAX_RUNS);
    writeItem(session, keyOf(opts.lang), JSON.stringify(runs));
    draw();
  });
  draw();
}
