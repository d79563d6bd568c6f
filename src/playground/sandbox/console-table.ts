import { inspect } from './error-format';
import { stringWidth as width } from './string-width';

// Node's console.table, ported from lib/internal/console/constructor.js and
// lib/internal/cli_table.js so the playground draws the same table Node prints.

function renderRow(row: string[], widths: number[]): string {
  let out = '│ ';
  row.forEach((cell, i) => {
    out += cell + ' '.repeat(widths[i] - width(cell));
    if (i !== row.length - 1) out += ' │ ';
  });
  return `${out} │`;
}

function drawTable(head: string[], columns: string[][]): string {
  const widths = head.map(width);
  const longest = Math.max(...columns.map((c) => c.length));
  const rows: string[][] = [];
  head.forEach((_, i) => {
    const column = columns[i];
    for (let j = 0; j < longest; j++) {
      rows[j] ??= [];
      const value = (rows[j][i] = Object.hasOwn(column, j) ? column[j] : '');
      widths[i] = Math.max(widths[i] || 0, width(value));
    }
  });
  const divider = widths.map((w) => '─'.repeat(w + 2));
  return [
    `┌${divider.join('┬')}┐`,
    renderRow(head, widths),
    `├${divider.join('┼')}┤`,
    ...rows.map((r) => renderRow(r, widths)),
    `└${divider.join('┴')}┘`,
  ].join('\n');
}

const cell = (v: unknown) => {
  const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
  return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity });
};
const indexes = (n: number) => Array.from({ length: n }, (_, i) => cell(i));

/** The table `console.table(data, columns)` prints, or `undefined` when Node would just log the value. */
export function renderTable(data: unknown, properties?: string[]): string | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  if (data instanceof Map) {
    const keys: string[] = [];
    const values: string[] = [];
    for (const [k, v] of data) { keys.push(cell(k)); values.push(cell(v)); }
    return drawTable(['(iteration index)', 'Key', 'Values'], [indexes(keys.length), keys, values]);
  }
  if (data instanceof Set) {
    const values = [...data].map(cell);
    return drawTable(['(iteration index)', 'Values'], [indexes(values.length), values]);
  }
  const map: Record<string, string[]> = Object.create(null);
  let hasPrimitives = false;
  const valuesColumn: string[] = [];
  const indexColumn = Object.keys(data);
  indexColumn.forEach((index, i) => {
    const item = (data as Record<string, unknown>)[index];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesColumn[i] = cell(item);
      return;
    }
    for (const key of properties ?? Object.keys(item as object)) {
      map[key] ??= [];
      map[key][i] = (primitive && properties) || !Object.hasOwn(item as object, key) ? '' : cell((item as Record<string, unknown>)[key]);
    }
  });
  const head = Object.keys(map);
  const columns = Object.values(map);
  if (hasPrimitives) { head.push('Values'); columns.push(valuesColumn); }
  return drawTable(['(index)', ...head], [indexColumn, ...columns]);
}
