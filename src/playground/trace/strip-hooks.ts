/**
 * Takes the timeline's hooks back out of text the engine wrote. SpiderMonkey and
 * JavaScriptCore quote the failing expression in a TypeError's message, and what ran was
 * the instrumented expression: `(await user()).name` ran as
 * `__ag.r(__agT, await __ag.s(__agT, user())).name`. The reader wrote the first, so the
 * message should say the first.
 */
import { HOOKS, PROMISE_HOOKS } from './types';

// The timeline's hooks, and the promise hooks (trace/promise-sites.ts): `ap` also carries
// the callee's name after the call, which goes too.
const CALL = new RegExp(`${HOOKS}\\.(?:r|s|y|d)\\((?:__agT|0), |${PROMISE_HOOKS}\\.(?:np|px)\\(|${PROMISE_HOOKS}\\.ap\\(${PROMISE_HOOKS}\\.c\\(\\), |${PROMISE_HOOKS}\\.ar\\(__agR, `, 'g');
const CALLEE_NAME = /, "[\w$]*"$/;
// An engine that shortens a call to `f(...)` leaves the hook's name: what it stood for is a value.
const SHORTENED = new RegExp(`(?:${HOOKS}\\.(?:r|s|y|d)|${PROMISE_HOOKS}\\.(?:np|px|ap|ar))\\(\\.\\.\\.\\)`, 'g');

/** Where the call that opens at `from` (just past its `(`) closes, or -1 if the text is cut short. */
function closing(text: string, from: number): number {
  let depth = 0;
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return c === ')' ? i : -1;
      depth--;
    }
  }
  return -1;
}

/**
 * @example stripHooks("evaluating '__ag.r(__agT, await __ag.s(__agT, user())).name'") // "evaluating '(await user()).name'"
 */
export function stripHooks(text: string): string {
  if (!text.includes(HOOKS)) return text;
  let out = text;
  for (let guard = 0; guard < 100; guard++) {
    CALL.lastIndex = 0;
    const m = CALL.exec(out);
    if (!m) break;
    const inner = m.index + m[0].length;
    const end = closing(out, inner);
    const whole = end < 0 ? out.slice(inner) : out.slice(inner, end);
    const body = m[0].startsWith(`${PROMISE_HOOKS}.ap(`) ? whole.replace(CALLEE_NAME, '') : whole;
    const rest = end < 0 ? '' : out.slice(end + 1);
    // `__ag.r(t, await …)` is the await itself: keep it parenthesised, as the reader's code had to be.
    const kept = m[0].startsWith(`${HOOKS}.r(`) && body.startsWith('await ') && /^[.[(]/.test(rest) ? `(${body})` : body;
    out = out.slice(0, m.index) + kept + rest;
  }
  return out.replace(SHORTENED, '(intermediate value)');
}
