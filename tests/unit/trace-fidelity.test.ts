// Instrumentation changes nothing a program prints, nor when: every example, instrumented
// as the playground runs it, still prints its golden output under Node.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { exampleIds, goldenPath } from '../support/examples';
import { diffOutput } from '../support/golden';
import { runTraced } from '../support/traced';

describe('instrumented examples', () => {
  test.concurrent.each(exampleIds())('%s prints its golden output when traced', async (id) => {
    const { code, output, events } = await runTraced(id);
    expect(code, output).toBe(0);
    expect(diffOutput(readFileSync(goldenPath(id), 'utf8'), output)).toBeUndefined();
    expect(events.length).toBeGreaterThan(0);
  });
});
