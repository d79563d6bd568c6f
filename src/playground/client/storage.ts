/**
 * Web Storage that never throws: a browser may refuse storage (private modes, full quota,
 * a policy), and the workspace then simply forgets between visits.
 */
export function readItem(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

export function writeItem(storage: () => Storage, key: string, value: string | null): void {
  try {
    if (value === null) storage().removeItem(key);
    else storage().setItem(key, value);
  } catch {
    // Not kept: the code is still in the address.
  }
}

export const local = () => localStorage;
export const session = () => sessionStorage;
