/**
 * The timeline's geometry that needs no DOM: how wide its text is drawn, how wide the label
 * column and the whole drawing are, and where a lane's value labels go without overlapping.
 */
import { eastAsianWidth } from 'get-east-asian-width';

/** Lane labels are 12 px; value labels 10 px. */
export const LABEL_PX = 12;
export const VALUE_PX = 10;
/** A column of text is at most this many em wide in the fonts the timeline uses (monospace is 0.6 em; CJK, two columns, is 1 em). */
const EM_PER_COLUMN = 0.62;
const LABEL_PAD = 16;
const MIN_LABEL_W = 72;
export const MAX_LABEL_W = 220;
/** Narrower than this (a phone), the drawing keeps this width and scrolls sideways. */
export const MIN_WIDTH = 560;
export const PAD_R = 16;
/** Order mode spaces events this far apart, and never draws wider than MAX_ORDER_WIDTH: long runs get narrower steps. */
export const ORDER_STEP = 14;
export const MAX_ORDER_WIDTH = 4000;

const columns = (ch: string) => (eastAsianWidth(ch.codePointAt(0)!) === 2 ? 2 : 1);

/** Whether text holds CJK (or other wide) characters, which are not set in the monospace font. */
export const hasWide = (text: string): boolean => [...text].some((ch) => columns(ch) === 2);

/** About how wide `text` is drawn at `px`: never less than it is, so what is spaced by it does not touch. */
export function textWidth(text: string, px: number): number {
  let cols = 0;
  for (const ch of text) cols += columns(ch);
  return cols * EM_PER_COLUMN * px;
}

/** `text` cut with an ellipsis to fit `width` at `px`. */
export function fitText(text: string, width: number, px: number): string {
  if (textWidth(text, px) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, px) > width) break;
    out += ch;
  }
  return `${out}…`;
}

/** The label column: as wide as the longest lane label needs, within bounds. */
export const labelColumn = (labels: readonly string[]): number =>
  Math.round(Math.min(MAX_LABEL_W, Math.max(MIN_LABEL_W, ...labels.map((l) => textWidth(l, LABEL_PX) + LABEL_PAD))));

/** The width the drawing needs: the container's, at least MIN_WIDTH, and in order mode a step per event (it scrolls sideways). */
export const timelineWidth = (container: number, opts: { orderMode: boolean; scaleEnd: number; labelW: number }): number =>
  Math.round(Math.max(container, MIN_WIDTH, opts.orderMode ? Math.min(MAX_ORDER_WIDTH, opts.labelW + PAD_R + opts.scaleEnd * ORDER_STEP) : 0));

export interface Placed {
  /** The anchor point and how the text hangs from it. */
  x: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Places labels centred on their points (in order of x), shifted to stay within [min, max], and
 * leaves out any that would touch the one before: no two placed labels overlap.
 * @example placeLabels([{ x: 10, width: 20 }, { x: 15, width: 20 }], 0, 100) // [{ x: 10, anchor: 'middle' }, undefined]
 */
export function placeLabels(items: readonly { x: number; width: number }[], min: number, max: number, gap = 4): (Placed | undefined)[] {
  let free = -Infinity;
  return items.map(({ x, width }) => {
    const placed: Placed = x - width / 2 < min ? { x: min, anchor: 'start' } : x + width / 2 > max ? { x: max, anchor: 'end' } : { x, anchor: 'middle' };
    const left = placed.anchor === 'start' ? placed.x : placed.anchor === 'end' ? placed.x - width : placed.x - width / 2;
    if (left < free || left < min || left + width > max) return undefined;
    free = left + width + gap;
    return placed;
  });
}
