/**
 * Instruments the JavaScript a run executes, so the sandbox can trace which task runs and
 * which waits: every async function and async generator body reports its start and end,
 * every `await` its suspension and resumption, every `yield` in an async generator its
 * value, and every `for await` its waits for the next item. The hooks live on one global (`__ag`, set by
 * the trace runtime) and return what they are given, so the program computes, prints and
 * schedules exactly what it did before: no hook adds a promise to the program's chains.
 *
 * Parsing is acorn's, editing magic-string's; the edit's source map is composed with the
 * compiler's, so stacks still point at the TypeScript line.
 */
import { parse, type Node } from 'acorn';
import { ancestor } from 'acorn-walk';
import MagicString from 'magic-string';
import remapping from '@jridgewell/remapping';
import { HOOKS } from './types';
import { bodyHooks, returnOpen, wrapCall, wrapNewPromise, wrapReturn } from './promise-sites';
const TASK = '__agT';

export interface Instrumented {
  js: string;
  map: string;
}

type AnyNode = Node & Record<string, any>;
type FunctionNode = AnyNode & { async: boolean; generator: boolean; params: AnyNode[]; body: AnyNode; expression?: boolean };

const isFunction = (n: AnyNode): n is FunctionNode =>
  n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression';

/** The function a node belongs to (its nearest enclosing function), or undefined at module level. */
function owner(ancestors: AnyNode[]): FunctionNode | undefined {
  for (let i = ancestors.length - 2; i >= 0; i--) if (isFunction(ancestors[i])) return ancestors[i] as FunctionNode;
  return undefined;
}

const keyName = (key: AnyNode | undefined, computed: boolean): string | undefined =>
  !key || computed ? undefined : key.type === 'Identifier' || key.type === 'PrivateIdentifier' ? key.name : key.type === 'Literal' ? String(key.value) : undefined;

/** The name a reader would call a function by: its own, or the binding or key it is assigned to. */
function functionName(fn: FunctionNode, parent: AnyNode | undefined): string {
  if (fn.id?.name) return fn.id.name;
  if (!parent) return '';
  switch (parent.type) {
    case 'VariableDeclarator': return parent.id.type === 'Identifier' ? parent.id.name : '';
    case 'Property': case 'MethodDefinition': case 'PropertyDefinition': return keyName(parent.key, parent.computed) ?? '';
    case 'AssignmentExpression': return parent.left.type === 'Identifier' ? parent.left.name : parent.left.type === 'MemberExpression' ? keyName(parent.left.property, parent.left.computed) ?? '' : '';
    default: return '';
  }
}

/** For a function without a name handed to a call (`xs.map(async () => …)`), the function called: `map`. */
function calleeName(fn: FunctionNode, parent: AnyNode | undefined): string {
  if (!parent || (parent.type !== 'CallExpression' && parent.type !== 'NewExpression') || !parent.arguments.includes(fn)) return '';
  const callee = parent.callee as AnyNode;
  return callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? keyName(callee.property, callee.computed) ?? '' : '';
}

/** The parameters that are plain names: their values label a task (`task(1)`). */
function paramNames(params: AnyNode[]): string[] {
  return params.flatMap((p) => {
    const target = p.type === 'AssignmentPattern' ? p.left : p.type === 'RestElement' ? p.argument : p;
    return target.type === 'Identifier' ? [target.name] : [];
  });
}

/**
 * Adds the tracing hooks to a module. `map` is the compiler's source map (JSON), which the
 * result's map is composed with; `filename` names the source in a map made from scratch.
 */
export function instrument(js: string, map: string | undefined, filename: string): Instrumented {
  const ast = parse(js, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true }) as AnyNode;
  const s = new MagicString(js);
  const task = (fn: FunctionNode | undefined) => (fn ? TASK : '0');
  const wrapped = new Set<FunctionNode>();
  // The module's named async functions, found first: a call may come before the function.
  const asyncNamed = new Map<FunctionNode, string>();
  const nameFunction = (node: AnyNode, _st: unknown, ancestors: AnyNode[]) => {
    const fn = node as FunctionNode;
    const name = fn.async && !fn.generator ? functionName(fn, ancestors[ancestors.length - 2]) : '';
    if (name) asyncNamed.set(fn, name);
  };
  ancestor(ast, { FunctionDeclaration: nameFunction, FunctionExpression: nameFunction, ArrowFunctionExpression: nameFunction });
  const asyncNames = new Set(asyncNamed.values());
  const promiseHooks = (fn: FunctionNode | undefined) => (fn ? bodyHooks(asyncNamed.get(fn) ?? '', fn) : undefined);

  const wrapBody = (fn: FunctionNode, parent: AnyNode | undefined) => {
    if (!fn.async || wrapped.has(fn)) return;
    wrapped.add(fn);
    const own = functionName(fn, parent);
    const via = own ? '' : calleeName(fn, parent);
    const args = `[${paramNames(fn.params).join(', ')}]`;
    const promise = promiseHooks(fn);
    const enter = `const ${TASK} = ${HOOKS}.enter(${JSON.stringify(own)}, ${args}, ${fn.generator ? 1 : 0}${via ? `, ${JSON.stringify(via)}` : ''});${promise ? ` ${promise.start}` : ''} try {`;
    const leave = `} catch (__agE) { ${promise ? `${promise.threw('__agE')} ` : ''}${HOOKS}.fail(${TASK}, __agE); throw __agE; } finally { ${HOOKS}.exit(${TASK});${promise ? ` ${promise.done}` : ''} }`;
    if (fn.body.type === 'BlockStatement') {
      // Keep a directive prologue ("use strict") at the top, where it means something.
      let at = fn.body.start + 1;
      for (const st of fn.body.body as AnyNode[]) {
        if (st.type === 'ExpressionStatement' && typeof st.directive === 'string') at = st.end;
        else break;
      }
      s.appendLeft(at, ` ${enter}`);
      s.appendLeft(fn.body.end - 1, `${leave} `);
    } else {
      // An expression body (parenthesised, perhaps) becomes a block that returns it.
      const from = js.indexOf('=>', fn.params.length ? fn.params[fn.params.length - 1].end : fn.start) + 2;
      s.prependRight(from, ` { ${enter} return ${promise ? returnOpen : ''}(`);
      s.appendLeft(fn.end, `)${promise ? ')' : ''}; ${leave} }`);
    }
  };

  const visitFunction = (node: AnyNode, _st: unknown, ancestors: AnyNode[]) => {
    const fn = node as FunctionNode;
    wrapBody(fn, ancestors[ancestors.length - 2]);
  };

  ancestor(ast, {
    FunctionDeclaration: visitFunction,
    FunctionExpression: visitFunction,
    ArrowFunctionExpression: visitFunction,
    ReturnStatement(node, _st, ancestors) {
      if (promiseHooks(owner(ancestors as AnyNode[]))) wrapReturn(s, node as AnyNode);
    },
    NewExpression(node) {
      wrapNewPromise(s, node as AnyNode);
    },
    CallExpression(node, _st, ancestors) {
      if (asyncNames.size) wrapCall(s, node as AnyNode, asyncNames, ancestors as AnyNode[]);
    },
    AwaitExpression(node, _st, ancestors) {
      const n = node as AnyNode;
      const t = task(owner(ancestors as AnyNode[]));
      s.prependRight(n.start, `${HOOKS}.r(${t}, `);
      s.prependRight(n.argument.start, `${HOOKS}.s(${t}, `);
      s.appendLeft(n.argument.end, ')');
      s.appendLeft(n.end, ')');
    },
    YieldExpression(node, _st, ancestors) {
      const n = node as AnyNode;
      const fn = owner(ancestors as AnyNode[]);
      if (!fn?.async) return;
      s.prependRight(n.start, `${HOOKS}.r(${TASK}, `);
      if (n.delegate) {
        s.prependRight(n.argument.start, `${HOOKS}.d(${TASK}, `);
        s.appendLeft(n.argument.end, ')');
      } else if (n.argument) {
        s.prependRight(n.argument.start, `${HOOKS}.y(${TASK}, `);
        s.appendLeft(n.argument.end, ')');
      } else {
        s.appendLeft(n.start + 'yield'.length, ` ${HOOKS}.y(${TASK}, undefined)`);
      }
      s.appendLeft(n.end, ')');
    },
    // A task can come back to the thread without passing its `await` or `yield`: an awaited
    // promise rejected, or a consumer's return() finishes a generator from where it paused.
    TryStatement(node, _st, ancestors) {
      const n = node as AnyNode;
      const fn = owner(ancestors as AnyNode[]);
      if (fn && !fn.async) return;
      for (const block of [n.handler?.body, n.finalizer]) if (block) s.appendLeft(block.start + 1, ` ${HOOKS}.r(${task(fn)});`);
    },
    // A `for await` asks its iterator for an item before the first pass and after each one
    // (or closes it on break, return and throw); meanwhile its task waits. The loop's own
    // text is left as it is, so an engine that quotes it in an error quotes the reader's.
    ForOfStatement(node, _st, ancestors) {
      const n = node as AnyNode;
      if (!n.await) return;
      const list = ancestors as AnyNode[];
      const t = task(owner(list));
      let statement: AnyNode = n;
      for (let i = list.length - 2; i >= 0 && list[i].type === 'LabeledStatement'; i--) statement = list[i];
      const body = n.body as AnyNode;
      const block = body.type === 'BlockStatement';
      s.prependRight(block ? body.start + 1 : body.start, `${block ? '' : '{'} ${HOOKS}.r(${t}); try {`);
      s.appendLeft(block ? body.end - 1 : body.end, ` } finally { ${HOOKS}.l(${t}); }${block ? '' : ' }'}`);
      // After the body's own edits: a body without braces ends where the statement does.
      s.prependRight(statement.start, `{ ${HOOKS}.l(${t}); `);
      s.appendLeft(statement.end, ` ${HOOKS}.r(${t}); }`);
    },
  });

  // The module's own lane ends when its last statement has run.
  s.append(`\n;${HOOKS}.exit(0);`);
  const own = s.generateMap({ hires: true, source: filename, includeContent: false });
  const composed = map ? remapping([own.toString(), map], () => null) : own;
  return { js: s.toString(), map: composed.toString() };
}
