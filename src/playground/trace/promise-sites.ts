/**
 * The instrumentation's part for promise states (sandbox/promise-state.ts): where the
 * program makes a promise the sandbox's patched statics and `then` do not see, a hook
 * ties the promise to what made it.
 *
 * - `new Promise(executor)` becomes `__agp.np(new Promise(__agp.px(executor)))`.
 * - A named async function's body records how it ends (`ae` at its start, `ar` on each
 *   `return`, `at` when it throws, `af` when it is done), and a call of that name becomes
 *   `__agp.ap(__agp.c(), name(…), "name")`, which ties the promise the call returns to that body.
 *
 * Each hook returns what it is given, so the program computes what it did before.
 */
import type MagicString from 'magic-string';
import type { Node } from 'acorn';
import { PROMISE_HOOKS as P } from './types';

type AnyNode = Node & Record<string, any>;

/** The local that holds a body's record. */
const CALL = '__agR';

/** What an async function's body gets, or nothing for one the sandbox cannot name (or a generator). */
export interface BodyHooks {
  /** After the timeline's own `enter`, before the body's `try`. */
  start: string;
  /** First in the catch that sees the body throw (its error is `error`). */
  threw: (error: string) => string;
  /** In the body's outermost `finally`. */
  done: string;
}

export function bodyHooks(name: string, fn: { async: boolean; generator: boolean }): BodyHooks | undefined {
  if (!fn.async || fn.generator || !name) return undefined;
  return {
    start: `const ${CALL} = ${P}.ae(${JSON.stringify(name)});`,
    threw: (error) => `${P}.at(${CALL}, ${error});`,
    done: `${P}.af(${CALL});`,
  };
}

/** `return x` in such a body: the value goes by the record on its way out. */
export function wrapReturn(s: MagicString, node: AnyNode): void {
  if (!node.argument) return;
  s.prependRight(node.argument.start, `${P}.ar(${CALL}, `);
  s.appendLeft(node.argument.end, ')');
}

/** The same for an arrow's expression body, which the instrumentation turns into `return (…)`. */
export const returnOpen = `${P}.ar(${CALL}, `;

/** `new Promise(executor)`, when `Promise` is the name written. */
export function wrapNewPromise(s: MagicString, node: AnyNode): void {
  const [executor] = node.arguments as AnyNode[];
  if (node.callee.type !== 'Identifier' || node.callee.name !== 'Promise' || !executor || executor.type === 'SpreadElement') return;
  s.prependRight(node.start, `${P}.np(`);
  s.appendLeft(node.end, ')');
  s.prependRight(executor.start, `${P}.px(`);
  s.appendLeft(executor.end, ')');
}

/** The name a call is made by (`f(…)`, `obj.f(…)`, `this.#f(…)`), if it is a plain one. */
function calledName(callee: AnyNode): string | undefined {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed) return callee.property.name;
  return undefined;
}

/**
 * A call by a name that one of the module's async functions has. Left alone inside an
 * optional chain (`a?.f().g`), where a hook around the call would break the short circuit.
 */
export function wrapCall(s: MagicString, node: AnyNode, names: ReadonlySet<string>, ancestors: AnyNode[]): void {
  const name = calledName(node.callee);
  if (!name || !names.has(name) || ancestors.some((a) => a.type === 'ChainExpression')) return;
  s.prependRight(node.start, `${P}.ap(${P}.c(), `);
  s.appendLeft(node.end, `, ${JSON.stringify(name)})`);
}
