/**
 * Node's `util.format` and `util.inspect` (node-inspect-extracted), with errors printed as
 * Node prints them in every engine: `Name: message`, then `    at …` frames.
 *
 * The formatter takes an error's text from its `stack`, in V8's layout. Firefox and
 * Safari write frames only, so while it formats, each error it meets is swapped for a
 * stand-in: the same prototype and own properties, and a `stack` in V8's layout. The
 * swap goes through the formatter's own hook (`util.inspect.custom`), put on
 * `Error.prototype` only for the length of the call, so example code never sees it.
 *
 * Only own data properties and the engine's own `stack` accessor are read: no getter
 * the example defined runs (a `name` getter on a class is common, and may throw).
 */
import { format as nodeFormat, inspect as nodeInspect, type InspectOptions } from 'node-inspect-extracted';
import { errorHeader, normalizeStack, stackFrames } from './stack-normalize';

const CUSTOM = Symbol.for('nodejs.util.inspect.custom');
const ErrorPrototype = Error.prototype;
const { getOwnPropertyDescriptor, getPrototypeOf, defineProperty, create } = Object;
const ownKeys = Reflect.ownKeys;
const isErrorBrand = (Error as { isError?: (v: unknown) => boolean }).isError;
const hasInstance = Function.prototype[Symbol.hasInstance];

/** Whether the formatter treats `value` as an error (its test, taken before example code runs). */
export function isError(value: unknown): value is Error {
  return typeof value === 'object' && value !== null && (isErrorBrand?.(value) || hasInstance.call(Error, value));
}

// The engine's own `stack` accessor, found on an error made before any example code runs:
// V8 puts it on each error, SpiderMonkey on Error.prototype, JavaScriptCore stores a string.
const engineGetters = new Set<unknown>();
for (let o: object | null = new Error(); o; o = getPrototypeOf(o)) {
  const d = getOwnPropertyDescriptor(o, 'stack');
  if (d) {
    if (d.get) engineGetters.add(d.get);
    break;
  }
}

// What engines other than V8 add to errors: Node has none of it.
const ENGINE_EXTRAS = new Set<PropertyKey>(['fileName', 'lineNumber', 'columnNumber', 'line', 'column', 'sourceURL']);
// What the formatter reads from an error through a plain property access.
const FORMATTER_READS = new Set<PropertyKey>(['name', 'message', 'cause', 'errors']);

type Found = { value: unknown } | { accessor: true } | undefined;

/** `key` looked up along the prototype chain without running a getter. */
function lookup(object: object, key: PropertyKey): Found {
  for (let o: object | null = object; o; o = getPrototypeOf(o)) {
    const d = getOwnPropertyDescriptor(o, key);
    if (!d) continue;
    if ('value' in d) return { value: d.value };
    if (key === 'stack' && engineGetters.has(d.get)) {
      try {
        return { value: d.get!.call(object) };
      } catch {
        return undefined;
      }
    }
    return { accessor: true };
  }
  return undefined;
}

/** The constructor's name, read from data properties only (the formatter's fallback too). */
function constructorName(error: object): string | undefined {
  const found = lookup(error, 'constructor');
  const ctor = found && 'value' in found ? found.value : undefined;
  if (typeof ctor !== 'function') return undefined;
  const name = getOwnPropertyDescriptor(ctor, 'name');
  return name && typeof name.value === 'string' ? name.value : undefined;
}

/** The error's stack as a string in V8's layout, read without running example code. */
export function errorStack(error: Error): string {
  const name = lookup(error, 'name');
  const message = lookup(error, 'message');
  const stack = lookup(error, 'stack');
  const header = errorHeader(
    name && 'value' in name ? name.value : constructorName(error),
    message && 'value' in message ? message.value : undefined,
  );
  return typeof stack === 'object' && 'value' in stack && typeof stack.value === 'string' ? normalizeStack(stack.value, header) : header;
}

let standIns: WeakMap<object, object> | undefined;
const madeHere = new WeakSet<object>();

/** The error's double, for the formatter's eyes only. */
function standIn(error: Error): object {
  const known = standIns?.get(error);
  if (known) return known;
  const double = create(getPrototypeOf(error)) as Record<PropertyKey, unknown>;
  madeHere.add(double);
  standIns?.set(error, double);
  // First, where V8 has it among an error's own keys (`showHidden` lists them in order).
  defineProperty(double, 'stack', { value: errorStack(error), configurable: true, writable: true });
  for (const key of ownKeys(error)) {
    const d = getOwnPropertyDescriptor(error, key)!;
    if (key === 'stack' || (ENGINE_EXTRAS.has(key) && !d.enumerable)) continue;
    // The formatter reads these through the object: a getter of the example's would run.
    if (FORMATTER_READS.has(key) && !('value' in d)) d.get = () => undefined;
    // It also reads `cause` to fold the frames the cause shares with the error.
    if (key === 'cause' && isError(d.value)) d.value = standIn(d.value);
    defineProperty(double, key, d);
  }
  for (const key of ['name', 'message'] as const) {
    const found = lookup(double, key);
    if (found && !('value' in found)) {
      const own = getOwnPropertyDescriptor(error, key);
      const value = key === 'name' ? (constructorName(error) ?? 'Error') : '';
      defineProperty(double, key, { value, enumerable: own?.enumerable ?? false, configurable: true, writable: true });
    }
  }
  return double;
}

function swapError(this: Error): object {
  return madeHere.has(this) ? this : standIn(this);
}

const formattable = (value: unknown) => (typeof value === 'object' && value !== null) || typeof value === 'function';

/** Runs the formatter with the swap in place, when there is anything to swap. */
function withStandIns<T>(values: unknown[], run: () => T): T {
  // Example code may have put a hook of its own there, or frozen the prototype: leave it be.
  if (standIns || !values.some(formattable) || getOwnPropertyDescriptor(ErrorPrototype, CUSTOM) || !Object.isExtensible(ErrorPrototype)) return run();
  standIns = new WeakMap();
  defineProperty(ErrorPrototype, CUSTOM, { value: swapError, configurable: true, writable: true });
  try {
    return run();
  } finally {
    delete (ErrorPrototype as unknown as Record<symbol, unknown>)[CUSTOM];
    standIns = undefined;
  }
}

/** Node's `util.format`. */
export function format(...args: unknown[]): string {
  return withStandIns(args, () => nodeFormat(...args));
}

/**
 * Node's `util.inspect`. With `customInspect: false` (as `console.dir` asks) the hook is
 * off, so only the value itself is swapped, and with it its chain of causes.
 */
export function inspect(value: unknown, options?: InspectOptions): string {
  if (options?.customInspect === false && isError(value)) {
    standIns = new WeakMap();
    try {
      return nodeInspect(standIn(value), options);
    } finally {
      standIns = undefined;
    }
  }
  return withStandIns([value], () => nodeInspect(value, options));
}

/**
 * The frames of the current call stack in V8's layout, the sandbox's own included (the
 * stack mapper drops those): what `console.trace` prints under its label.
 */
export function currentFrames(): string {
  return stackFrames(new Error().stack ?? '');
}

