/**
 * The divider between the editor and the output: a window splitter (ARIA `separator`)
 * moved by mouse, touch or pen (pointer events) and by the keyboard. Its value is the
 * editor's share of the width, in percent, kept in this browser.
 */
import { local, readItem, writeItem } from '../../client/storage';

export const SPLIT_MIN = 20;
export const SPLIT_MAX = 80;
const STEP = 2;
const PAGE = 10;
const KEY = 'ag-playground:split';

/** A split within the limits, in whole percent. */
export const clampSplit = (pct: number) => Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, Math.round(pct)));

/**
 * The split after a key press on the divider; `undefined` for keys it does not use.
 * @example splitAfterKey(50, 'ArrowRight') // 52
 */
export function splitAfterKey(pct: number, key: string): number | undefined {
  const moves: Record<string, number> = {
    ArrowLeft: pct - STEP, ArrowDown: pct - STEP,
    ArrowRight: pct + STEP, ArrowUp: pct + STEP,
    PageDown: pct - PAGE, PageUp: pct + PAGE,
    Home: SPLIT_MIN, End: SPLIT_MAX,
  };
  return key in moves ? clampSplit(moves[key]) : undefined;
}

export function initDivider(root: HTMLElement): void {
  const divider = root.querySelector<HTMLElement>('[data-divider]');
  const grid = divider?.parentElement;
  if (!divider || !grid) return;
  const value = () => Number(divider.getAttribute('aria-valuenow'));
  const set = (pct: number) => {
    const v = clampSplit(pct);
    grid.style.setProperty('--ws-split', `${v}%`);
    divider.setAttribute('aria-valuenow', String(v));
  };
  const save = () => writeItem(local, KEY, String(value()));
  set(Number(readItem(local, KEY)) || value());

  divider.addEventListener('keydown', (e) => {
    const next = splitAfterKey(value(), e.key);
    if (next === undefined) return;
    e.preventDefault();
    set(next);
    save();
  });
  divider.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    e.preventDefault();
    divider.setPointerCapture(e.pointerId);
    divider.dataset.dragging = '';
  });
  divider.addEventListener('pointermove', (e) => {
    if (!divider.hasPointerCapture(e.pointerId)) return;
    const box = grid.getBoundingClientRect();
    set(((e.clientX - box.left) / box.width) * 100);
  });
  const end = (e: PointerEvent) => {
    if (!divider.hasPointerCapture(e.pointerId)) return;
    divider.releasePointerCapture(e.pointerId);
    delete divider.dataset.dragging;
    save();
  };
  divider.addEventListener('pointerup', end);
  divider.addEventListener('pointercancel', end);
}
