/**
 * The built-ins a check run relies on, photographed before the reader's code runs, so the
 * harness can tell when that code replaced or deleted one (`Promise.prototype.then`,
 * `setTimeout`, `JSON.stringify`…) and put it back. A check whose built-ins were changed
 * proves nothing, so it fails; the next check gets the originals again.
 *
 * Everything here runs after the reader's code may have changed anything, so it uses only
 * functions taken when this module was evaluated, and plain loops and index writes.
 */
const { getOwnPropertyDescriptor, defineProperty, is } = Object;
const ownKeys = Reflect.ownKeys;
const deleteProperty = Reflect.deleteProperty;

interface Kept {
  owner: object;
  /** How a reader would name it: `Promise.prototype.then`. */
  label: string;
  key: PropertyKey;
  desc: PropertyDescriptor;
}

export interface Integrity {
  /** The names of what changed since the photograph; empty when nothing did. */
  changed(): string[];
  /** Puts everything back as photographed; false when something could not be (made unconfigurable). */
  restore(): boolean;
}

/** The objects whose own properties are photographed, with the names a reader knows them by. */
function watched(scope: Record<string, unknown>): [object, string][] {
  const list: [object, string][] = [[scope, '']];
  const add = (name: string, value: unknown) => {
    if ((typeof value === 'object' || typeof value === 'function') && value !== null) list[list.length] = [value, name];
  };
  const names = ['Object', 'Function', 'Array', 'Promise', 'String', 'Number', 'Boolean', 'Symbol', 'Error', 'TypeError', 'RangeError',
    'Map', 'Set', 'WeakMap', 'WeakSet', 'AbortController', 'AbortSignal', 'EventTarget', 'Event', 'Date', 'RegExp', 'Iterator'];
  for (let i = 0; i < names.length; i++) {
    const ctor = scope[names[i]] as { prototype?: unknown } | undefined;
    add(names[i], ctor);
    add(`${names[i]}.prototype`, ctor?.prototype);
  }
  add('JSON', scope.JSON);
  add('Math', scope.Math);
  add('Reflect', scope.Reflect);
  add('performance', scope.performance);
  // The prototypes behind generators and async generators, which the checks drive.
  const gen = Object.getPrototypeOf(function* () {}) as { prototype: object };
  const agen = Object.getPrototypeOf(async function* () {}) as { prototype: object };
  add('Generator.prototype', gen.prototype);
  add('AsyncGenerator.prototype', agen.prototype);
  add('AsyncIterator.prototype', Object.getPrototypeOf(agen.prototype));
  return list;
}

const same = (a: PropertyDescriptor, b: PropertyDescriptor | undefined) =>
  b !== undefined && is(a.value, b.value) && is(a.get, b.get) && is(a.set, b.set);

const nameOf = (label: string, key: PropertyKey) =>
  typeof key === 'symbol' ? `${label}[${String(key.description)}]` : label ? `${label}.${key}` : key;

/**
 * Photographs the built-ins of `scope` (a worker's global scope, or Node's `globalThis`);
 * `ignore`: globals of the run's own that change by design.
 */
export function photographBuiltins(scope: object, ignore: readonly PropertyKey[]): Integrity {
  const kept: Kept[] = [];
  const owners = watched(scope as Record<string, unknown>);
  /** Each owner's keys as photographed, to notice keys added since (Object.prototype.then). */
  const keysOf: PropertyKey[][] = [];
  for (let o = 0; o < owners.length; o++) {
    const [owner, label] = owners[o];
    const keys = ownKeys(owner);
    keysOf[o] = keys;
    for (let k = 0; k < keys.length; k++) {
      const desc = getOwnPropertyDescriptor(owner, keys[k]);
      if (desc && !(owner === scope && ignore.includes(keys[k]))) kept[kept.length] = { owner, label, key: keys[k], desc };
    }
  }
  const added = (o: number): PropertyKey[] => {
    // New globals are the reader's own variables; new properties on a built-in are not.
    if (owners[o][0] === scope) return [];
    const now = ownKeys(owners[o][0]);
    const before = keysOf[o];
    const extra: PropertyKey[] = [];
    for (let i = 0; i < now.length; i++) {
      let found = false;
      for (let j = 0; j < before.length && !found; j++) found = before[j] === now[i];
      if (!found) extra[extra.length] = now[i];
    }
    return extra;
  };
  return {
    changed() {
      const names: string[] = [];
      for (let i = 0; i < kept.length; i++) {
        const k = kept[i];
        if (!same(k.desc, getOwnPropertyDescriptor(k.owner, k.key))) names[names.length] = String(nameOf(k.label, k.key));
      }
      for (let o = 0; o < owners.length; o++) {
        const extra = added(o);
        for (let i = 0; i < extra.length; i++) names[names.length] = String(nameOf(owners[o][1], extra[i]));
      }
      return names;
    },
    restore() {
      let ok = true;
      for (let i = 0; i < kept.length; i++) {
        const k = kept[i];
        if (same(k.desc, getOwnPropertyDescriptor(k.owner, k.key))) continue;
        try {
          defineProperty(k.owner, k.key, k.desc);
        } catch {
          ok = false;
        }
      }
      for (let o = 0; o < owners.length; o++) {
        const extra = added(o);
        for (let i = 0; i < extra.length; i++) if (!deleteProperty(owners[o][0], extra[i])) ok = false;
      }
      return ok;
    },
  };
}
