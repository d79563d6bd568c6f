/**
 * Finds English left in Chinese text: comments, string literals, printed output.
 *
 * An English phrase is two or more plain words in a row, separated by whitespace. A word
 * is two or more letters (or "a"), an optional capital first and an optional `'s`-style
 * ending, perhaps inside quotes or brackets or followed by `, . ; ! ?`. Numbers and
 * template holes (`${}`) in between neither break a phrase nor count as words, so
 * `task ${i} starts` and "task 0 starts" are phrases. Two words, not three: short labels
 * ("body starts", "A done") are most of what an untranslated example prints.
 *
 * Code is not words: `fetchUser`, `Promise.all`, `next()`, `done:`, `'A',`, `HTTP` and
 * anything in `backticks` end a phrase, so Chinese text names a single API freely and puts
 * code of several words (`for await`) in backticks.
 */

/**
 * Phrases that stay English in the Chinese edition because the engine, not the example,
 * produces them. Keep this list short: everything an example writes itself is translated.
 */
export const ENGLISH_ALLOWED: readonly string[] = [
  'undefined is not a function', // TypeError from `for await` over a non-iterator
  'is not a function or its return value is not iterable', // V8's TypeError from `for...of` over an async generator
  '[object Generator]', // Object.prototype.toString
  '[object AsyncGenerator]',
  // CPython's own messages, printed by the Python twins (the same in 3.11 and 3.14).
  "can't send non-None value to a just-started generator",
  'generator raised StopIteration',
  "can't send non-None value to a just-started async generator",
  "'async for' received an object from __aiter__ that does not implement __anext__: coroutine",
  'was never awaited', // RuntimeWarning: coroutine '…' was never awaited
  "'yield from' inside async function",
  "'return' with value in async generator",
  'asynchronous generator is already running', // RuntimeError of anext() and aclose()
  "'async for' requires an object with __aiter__ method, got list",
  'object is not iterable', // TypeError: 'async_generator' object is not iterable
];

/** Stands for a template literal's `${…}` in the text `proseOf` returns. */
export const HOLE = '${}';

const WORD = /^(?:[A-Za-z][a-z]+(?:'[a-z]+)?|a)$/;
const NEUTRAL = /^(?:\d+(?:[.,]\d+)*|\$\{\})$/;
const WRAPPING = /^[("'[]+|[)"'\],.;!?]+$/g;

/**
 * The English phrases in `text`, allowed phrases and `code spans` left out.
 * @example englishPhrases('产出值 `for await of`，then stop') // ['then stop']
 */
export function englishPhrases(text: string, allowed: readonly string[] = ENGLISH_ALLOWED): string[] {
  // A removed part leaves a marker behind, so the words on either side do not join up.
  let rest = text.replace(/`[^`\n]*`/g, ' ` ');
  for (const phrase of allowed) rest = rest.split(phrase).join(' ` ');
  const found: string[] = [];
  let run: string[] = [];
  let words = 0;
  // Whitespace separates; anything glued to a word (CJK text and punctuation, code) spoils it.
  for (const token of [...rest.split(/\s+/), '`']) {
    const bare = token.replace(WRAPPING, '');
    const word = WORD.test(bare);
    if (word || (run.length > 0 && NEUTRAL.test(bare))) {
      run.push(token);
      if (word) words++;
      continue;
    }
    if (words >= 2) found.push(run.join(' '));
    run = [];
    words = 0;
  }
  return found;
}
