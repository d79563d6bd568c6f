import type { Entry } from '../protocol';
import { compare, formatRatio, type Measure } from './compare';
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

/** A bar chart comparing measures, with each one's ratio to the fastest. */
export function comparisonChart(title: string, measures: Measure[], s: Strings): HTMLElement {
  const { bars, summary } = compare(measures);
  const figure = document.createElement('figure');
  figure.className = 'pg-chart';
  const caption = document.createElement('figcaption');
  caption.textContent = title;
  figure.append(caption);
  for (const bar of bars) {
    const row = document.createElement('div');
    row.className = 'pg-bar-row';
    row.dataset.fastest = String(bar.fastest);
    const label = Object.assign(document.createElement('span'), { className: 'pg-bar-label', textContent: bar.label });
    const track = Object.assign(document.createElement('span'), { className: 'pg-bar-track' });
    const fill_ = Object.assign(document.createElement('span'), { className: 'pg-bar' });
    fill_.style.width = `${Math.max(2, bar.fraction * 100)}%`;
    track.append(fill_);
    const note = bar.fastest ? s.fastest : fill(s.slower, { ratio: formatRatio(bar.ratio) });
    const value = Object.assign(document.createElement('span'), {
      className: 'pg-bar-value',
      textContent: bars.length > 1 ? `${formatElapsed(bar.ms)} · ${note}` : formatElapsed(bar.ms),
    });
    row.append(label, track, value);
    figure.append(row);
  }
  if (summary) {
    const p = document.createElement('p');
    p.className = 'pg-summary';
    p.textContent = fill(s.faster, { fast: summary.fast, slow: summary.slow, ratio: formatRatio(summary.ratio) });
    figure.append(p);
  }
  return figure;
}
