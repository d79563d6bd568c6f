// Every example has a twin per other language (content/examples/<chapter>/<name>.<lang>.ts)
// that is the same program: only comments and the text of string and template literals
// may differ. The checker itself is tested on small pairs, so it is known to catch a change.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXAMPLES_DIR, exampleIds, examplePath, twinIds } from '../support/examples';
import { codeTokens, proseOf, twinDifference } from '../support/twins';
import { parseExampleFile, TWIN_LANGS } from '../../src/playground/build/example-files';

const ids = exampleIds();
const pairs = ids.flatMap((id) => TWIN_LANGS.map((lang) => [id, lang] as const));
const read = (path: string) => readFileSync(path, 'utf8');

describe('every example has its twins', () => {
  test.each(TWIN_LANGS)('every example has a %s twin, and every twin an example', (lang) => {
    const twins = twinIds(lang);
    expect(ids.filter((id) => !twins.includes(id)), `write <name>.${lang}.ts beside each of these`).toEqual([]);
    expect(twins.filter((id) => !ids.includes(id)), 'twins without an English example').toEqual([]);
    expect(ids.length).toBeGreaterThan(0);
  });

  test('every file in an example folder is an example, a twin or a golden output', () => {
    const strays = readdirSync(EXAMPLES_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(EXAMPLES_DIR, d.name)).filter((f) => !parseExampleFile(f)).map((f) => `${d.name}/${f}`));
    expect(strays).toEqual([]);
  });
});

describe('twins are the same program', () => {
  test.each(pairs)('%s: the %s twin has the same tokens', (id, lang) => {
    const original = read(examplePath(id));
    const twin = read(examplePath(id, lang));
    expect(twinDifference(original, twin)).toBeUndefined();
    // Guards against a checker that compares nothing: a real example has real tokens.
    expect(codeTokens(twin).length).toBeGreaterThan(20);
  });
});

describe('the twin checker', () => {
  const original = [
    '// Waits, then greets.',
    'const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));',
    'async function greet(name: string): Promise<string> {',
    '  await sleep(100); /* a short wait */',
    '  return `hello, ${name.toUpperCase()} (${name.length} letters)`;',
    '}',
    "console.log(await greet('ada'), /a+/g.test('aa'), 6 / 2);",
  ].join('\n');
  const translated = original
    .replace('Waits, then greets.', '先等一等，再打招呼。')
    .replace('a short wait', '稍等片刻')
    .replace('hello, ', '你好，')
    .replace(' letters)', ' 个字母）')
    .replace("'ada'", "'阿达'")
    .replace('\n  await', '\n\n  await'); // layout may differ too

  test('comments, string text and layout may differ', () => {
    expect(twinDifference(original, translated)).toBeUndefined();
  });

  test.each([
    ['a changed number', '100', '150'],
    ['a changed identifier', 'toUpperCase', 'toLowerCase'],
    ['a changed template literal expression', '${name.length}', '${name.length + 1}'],
    ['a changed operator', '6 / 2', '6 * 2'],
    ['a changed regular expression', '/a+/g', '/a*/g'],
    ['a changed keyword', 'const sleep', 'let sleep'],
    ['a changed type', 'Promise<string>', 'Promise<unknown>'],
    ['a string made a template', "greet('阿达')", 'greet(`阿达`)'],
  ])('%s fails', (_, from, to) => {
    expect(translated.includes(from)).toBe(true);
    expect(twinDifference(original, translated.replace(from, to))).toMatch(/^token \d+: the original has .* the twin has /);
  });

  test('an added or a removed statement fails', () => {
    expect(twinDifference(original, translated + '\nconsole.log(1);')).toMatch(/the original has the end of the file/);
    expect(twinDifference(original, translated.replace('  await sleep(100);', ''))).toBeDefined();
  });

  test('a statement moved into a comment fails', () => {
    expect(twinDifference(original, translated.replace('await sleep(100);', '// await sleep(100);'))).toBeDefined();
  });

  test('the text of comments and literals is what a translation changes', () => {
    const prose = proseOf(translated);
    expect(prose.comments).toEqual(['// 先等一等，再打招呼。', '/* 稍等片刻 */']);
    expect(prose.strings).toEqual(['你好，${} (${} 个字母）', '阿达', 'aa']);
  });
});
