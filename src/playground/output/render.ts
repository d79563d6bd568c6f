import type { Entry } from '../protocol';
import { compare, formatRatio, type Measure } from './compare';
import { formatElapsed, formatOffset } from './format';
import type { Strings } from '../client/types';
import { fill } from '../../i18n/fill';

/** A console line: its offset, its level and its text, as the output log shows it. */
export function entryRow(entry: Entry, s: Strings): HTMLElement {
  const row = document.createElement('div');
  row.className = 'pg-line';
  row.dataset.level = entry.level;
  row.dataset.t = String(Math.round(entry.t));
  const time = document.createElement('span');
  time.className = 'pg-time';
  time.textContent = formatOffset(entry.t);
  const text = document.createElement('span');
  text.className = 'pg-text';
  const prefix = entry.uncaught === 'rejection' ? `${s.unhandled} ` : entry.uncaught === 'error' ? `${s.uncaught} ` : '';
  text.textContent = prefix + entry.text;
  row.append(time, text);
  return row;
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
