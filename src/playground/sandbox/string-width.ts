import { eastAsianWidth } from 'get-east-asian-width';
import { stripVTControlCharacters } from 'node-inspect-extracted';

// The columns a string takes in a terminal, counted as Node 24 counts them for
// console.table (ICU's GetStringWidth in src/node_i18n.cc), code point by code point:
// East Asian wide and fullwidth characters and emoji shown as emoji take two columns,
// control, format and combining characters none. Emoji sequences are not merged:
// Node counts 👍🏽 as four columns, and so do we.

const ZERO_WIDTH = /[\p{Cc}\p{Cf}\p{Me}\p{Mn}]/u;
const EMOJI = /\p{Emoji_Presentation}/u;
// A format character that terminals still draw.
const SOFT_HYPHEN = '\u00ad';

function columns(ch: string): 0 | 1 | 2 {
  if (ch !== SOFT_HYPHEN && ZERO_WIDTH.test(ch)) return 0;
  if (eastAsianWidth(ch.codePointAt(0)!) === 2 || EMOJI.test(ch)) return 2;
  return 1;
}

/** How many terminal columns `text` takes, as Node's `getStringWidth` says: `stringWidth('名字') === 4`. */
export function stringWidth(text: string): number {
  let width = 0;
  for (const ch of stripVTControlCharacters(text).normalize('NFC')) width += columns(ch);
  return width;
}
