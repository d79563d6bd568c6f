import { describe, expect, test } from 'vitest';
import { describeThrown } from '../../src/playground/sandbox/describe-thrown';

describe('describeThrown', () => {
  test('errors by name and message, other values plainly', () => {
    expect(describeThrown(new RangeError('no'))).toBe('RangeError: no');
    expect(describeThrown('just a string')).toBe('just a string');
    expect(describeThrown(42)).toBe('42');
    expect(describeThrown({ any: 'object' })).toBe('[object Object]');
  });

  test('never throws, whatever was thrown', () => {
    const trap = () => { throw new Error('trap'); };
    const hostile = new Proxy({}, { get: trap, getPrototypeOf: trap, has: trap, ownKeys: trap });
    expect(describeThrown(hostile)).toBe('object');
    expect(describeThrown(Object.create(null))).toBe('[object Object]');
    expect(describeThrown({ toString: trap })).toBe('[object Object]');
  });
});
