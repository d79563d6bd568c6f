/**
 * Hints that name keys ("Press Run (Ctrl+Enter)", "Esc leaves the editor") say nothing to a
 * reader on a touch screen. In the strings, the part about keys is marked `[[…]]`; it is
 * drawn in a `.pg-keys` span, which screens without a fine pointer hide (playground.css).
 */

export interface HintPart {
  text: string;
  /** The part names keys. */
  keys: boolean;
}

/**
 * @example hintParts('Press Run[[ (Ctrl+Enter)]] to start.') // [{ text: 'Press Run', keys: false }, { text: ' (Ctrl+Enter)', keys: true }, { text: ' to start.', keys: false }]
 */
export function hintParts(text: string): HintPart[] {
  return text
    .split(/\[\[|\]\]/)
    .map((part, i) => ({ text: part, keys: i % 2 === 1 }))
    .filter((p) => p.text !== '');
}

/** A paragraph of class `className` holding the hint, its keys part in a span of its own. */
export function hintElement(className: string, text: string): HTMLParagraphElement {
  const p = Object.assign(document.createElement('p'), { className });
  for (const { text: part, keys } of hintParts(text)) {
    p.append(keys ? Object.assign(document.createElement('span'), { className: 'pg-keys', textContent: part }) : part);
  }
  return p;
}
