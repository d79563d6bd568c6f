import type { Entry } from '../protocol';
import { compare, formatRatio, type Measure, type Note } from './compare';
import { formatElapsed, formatOffset, formatSourceLine } from './format';
import type { Strings } from '../client/types';
import { fill } from '../../i18n/fill';

/** A console line: its offset, its level and its text, as the output log shows it. */
export function entryRow(entry: Entry, s: Strings): HTMLElement {
  const row = document.createElement('div');
  row.className = 'pg-line';
  row.dataset.level = entry.level;
  row.dataset.t = String(Math.round(entry.t));
  if (entry.uncaught) row.dataset.uncaught = entry.uncaught;
  const time = document.createElement('span');
  time.className = 'pg-time';
  time.textContent = formatOffset(entry.t);
  const text = document.createElement('span');
  text.className = 'pg-text';
  text.textContent = entry.text;
  row.append(time, entry.uncaught ? fatalBody(entry, text, s) : text);
  return row;
}

/**
 * An error the example did not catch, laid out as Node reports a fatal one: the line it
 * points at with a caret, then the error. The label stands apart from the error's text.
 */
function fatalBody(entry: Entry, text: HTMLElement, s: Strings): HTMLElement {
  const body = document.createElement('div');
  body.className = 'pg-fatal';
  const label = document.createElement('strong');
  label.className = 'pg-fatal-label';
  label.textContent = entry.uncaught === 'rejection' ? s.unhandled : s.uncaught;
  body.append(label);
  if (entry.source) {
    const source = document.createElement('span');
    source.className = 'pg-source';
    source.textContent = formatSourceLine(entry.source);
    body.append(source);
  }
  body.append(text);
  return body;
}

/** A line the playground itself writes (a notice, not the example's output). */
export function noticeRow(text: string, level: 'info' | 'warn' | 'error' = 'info'): HTMLElement {
  const row = document.createElement('div');
  row.className = 'pg-line pg-notice';
  row.dataset.level = level;
  row.dataset.source = 'playground';
  const body = document.createElement('span');
  body.className = 'pg-text';
  body.textContent = text;
  row.append(body);
  return row;
}

/**
 * A bar chart of measures on one scale: every track is as wide as the others (the rows share
 * their columns), so bar lengths compare. Each measure is ranked only against its group.
 */
export function comparisonChart(title: string, measures: Measure[], s: Strings): HTMLElement {
  const { bars, verdicts } = compare(measures);
  const figure = document.createElement('figure');
  figure.className = 'pg-chart';
  const caption = document.createElement('figcaption');
  caption.textContent = title;
  const rows = document.createElement('div');
  rows.className = 'pg-bar-rows';
  figure.append(caption, rows);
  for (const bar of bars) {
    const row = document.createElement('div');
    row.className = 'pg-bar-row';
    Object.assign(row.dataset, { measure: bar.label, ms: String(bar.ms), note: bar.note?.kind ?? '' });
    const label = Object.assign(document.createElement('span'), { className: 'pg-bar-label', textContent: bar.label, title: bar.label });
    const track = Object.assign(document.createElement('span'), { className: 'pg-bar-track' });
    const fill_ = Object.assign(document.createElement('span'), { className: 'pg-bar' });
    fill_.dataset.bar = '';
    fill_.style.width = `${bar.fraction * 100}%`;
    track.append(fill_);
    const value = Object.assign(document.createElement('span'), {
      className: 'pg-bar-value',
      textContent: [formatElapsed(bar.ms), bar.note && noteText(bar.note, s)].filter(Boolean).join(' · '),
    });
    row.append(label, value, track);
    rows.append(row);
  }
  for (const verdict of verdicts) {
    const p = document.createElement('p');
    p.className = 'pg-summary';
    p.textContent = verdict.kind === 'faster'
      ? fill(s.faster, { fast: verdict.fast, slow: verdict.slow, ratio: formatRatio(verdict.ratio) })
      : fill(s.same, { labels: listOf(verdict.labels, s) });
    figure.append(p);
  }
  return figure;
}

const noteText = (note: Note, s: Strings): string =>
  note.kind === 'slower' ? fill(s.slower, { ratio: formatRatio(note.ratio) }) : s[note.kind === 'fastest' ? 'fastest' : 'jointFastest'];

/** "A and B", "A, B, and C" in the page's language, each label quoted as the language quotes names. */
const listOf = (labels: string[], s: Strings): string =>
  new Intl.ListFormat(s.locale, { type: 'conjunction' }).format(labels.map((label) => fill(s.quoted, { label })));
