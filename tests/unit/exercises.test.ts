// Every exercise, checked under Node the way the page checks it (the harness, the candidate
// compiled and instrumented): its reference solution passes every check in both languages'
// files, its starter fails one, each plausible wrong solution fails the check it names with
// the words it quotes, and code that only prints what the solution prints fails.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runChecks, type CheckRun } from '../support/exercises';
import { englishPhrases } from '../support/english';
import { codeTokens, proseOf, twinDifference } from '../support/twins';
import { EXERCISES_DIR, exerciseFile } from '../../src/playground/exercise/build/files';
import { describeOutcome, type Outcome } from '../../src/playground/exercise/outcome';
import type { ExerciseChecks } from '../../src/playground/exercise/api';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh-cn.json';

const ex = (table: Record<string, string>) => Object.fromEntries(Object.entries(table).filter(([k]) => k.startsWith('ex.')).map(([k, v]) => [k.slice(3), v]));
const EX = { en: ex(en), 'zh-cn': ex(zh) };
const ids = readdirSync(EXERCISES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(EXERCISES_DIR, d.name), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${d.name}/${e.name}`))
  .sort();
const read = (id: string, file: string) => readFileSync(join(EXERCISES_DIR, id, file), 'utf8');
const wrongs = (id: string) => readdirSync(join(EXERCISES_DIR, id)).filter((f) => /^wrong-[\w-]+\.ts$/.test(f));
const checksOf = async (id: string) => ((await import(join(EXERCISES_DIR, id, 'checks.ts'))) as { default: ExerciseChecks<unknown> }).default;

/** A row's words in English, as the page shows it. */
const happened = (o: Outcome, name: string) => (o.result === 'fail' ? describeOutcome(o.why, name, 'en', EX.en).happened : '');
const summary = (run: CheckRun, names: string[]) =>
  run.outcomes.map((o, i) => `${o.result} ${names[i]}${o.result === 'fail' ? `: ${happened(o, names[i])}` : ''}`).join('\n') + (run.code ? `\n${run.log}` : '');

test('there are exercises, and every one has its files', () => {
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    const files = readdirSync(join(EXERCISES_DIR, id)).sort();
    for (const f of ['checks.ts', 'solution.ts', 'solution.zh-cn.ts', 'starter.ts', 'starter.zh-cn.ts']) expect(files, id).toContain(f);
    expect(files.filter((f) => !/^(checks|(starter|solution)(\.zh-cn)?|wrong-[\w-]+)\.ts$/.test(f)), `${id}: stray files`).toEqual([]);
    expect(wrongs(id).length, `${id} needs a plausible wrong solution (wrong-<what>.ts)`).toBeGreaterThan(0);
  }
});

describe.concurrent.each(ids)('%s', (id) => {
  test('the checks have unique kebab-case ids, names in both languages, and run against the exports', async () => {
    const { checks, exports } = await checksOf(id);
    expect(checks.length).toBeGreaterThan(0);
    expect(new Set(checks.map((c) => c.id)).size).toBe(checks.length);
    for (const c of checks) {
      expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(c.name.en.length && c.name['zh-cn'].length).toBeGreaterThan(0);
      expect(englishPhrases(c.name['zh-cn']), `${c.id}: its Chinese name`).toEqual([]);
    }
    expect(exports.length).toBeGreaterThan(0);
  });

  test.each(['en', 'zh-cn'] as const)('the %s solution passes every check', async (lang) => {
    const { checks } = await checksOf(id);
    const run = await runChecks(id, read(id, exerciseFile(id, 'solution', lang).slice(id.length + 1)), 'solution');
    expect(run.code).toBe(0);
    expect(summary(run, checks.map((c) => c.name.en))).toBe(checks.map((c) => `pass ${c.name.en}`).join('\n'));
  });

  test.each(['en', 'zh-cn'] as const)('the %s starter fails at least one check', async (lang) => {
    const run = await runChecks(id, read(id, exerciseFile(id, 'starter', lang).slice(id.length + 1)), 'starter');
    expect(run.code).toBe(0);
    expect(run.outcomes.length).toBe((await checksOf(id)).checks.length);
    expect(run.outcomes.some((o) => o.result === 'fail')).toBe(true);
  });

  test.each(wrongs(id))('%s fails the check it names, with the words it quotes', async (file) => {
    const source = read(id, file);
    const header = /^\/\/ fails: ([\w-]+): (.+)$/m.exec(source.split('\n')[0]);
    expect(header, `${file} starts with "// fails: <check-id>: <words>"`).not.toBeNull();
    const [, checkId, words] = header!;
    const { checks } = await checksOf(id);
    const index = checks.findIndex((c) => c.id === checkId);
    expect(index, `${file} names a check of the exercise`).toBeGreaterThanOrEqual(0);
    const run = await runChecks(id, source, file.replace(/\.ts$/, ''));
    const outcome = run.outcomes[index];
    expect(outcome?.result, summary(run, checks.map((c) => c.name.en))).toBe('fail');
    expect(happened(outcome, checks[index].name.en)).toContain(words);
  });

  test('code that only prints what the solution prints fails', async () => {
    const { checks, exports } = await checksOf(id);
    const solved = await runChecks(id, read(id, 'solution.ts'), 'solution');
    const lines = JSON.stringify(solved.printed);
    // Each export prints the solution's output too, so the names the checks look for are there.
    const source = [
      `const lines: string[] = ${lines};`,
      'for (const line of lines) console.log(line);',
      ...exports.map((name) => `export function ${name}(..._args: unknown[]): void { for (const line of lines) console.log(line); }`),
    ].join('\n');
    const run = await runChecks(id, source, 'printer');
    expect(run.code).toBe(0);
    expect(run.outcomes.length).toBe(checks.length);
    expect(run.outcomes.some((o) => o.result === 'fail')).toBe(true);
  });

  test.each(['starter', 'solution'])('the zh-cn %s is the same program, in Chinese', (file) => {
    const original = read(id, `${file}.ts`);
    const twin = read(id, `${file}.zh-cn.ts`);
    expect(twinDifference(original, twin)).toBeUndefined();
    expect(codeTokens(twin).length).toBeGreaterThan(10);
    const { comments, strings } = proseOf(twin);
    expect([...comments, ...strings].flatMap((text) => englishPhrases(text))).toEqual([]);
  });
});
