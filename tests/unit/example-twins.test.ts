// Every example has a twin per other language (content/examples/<chapter>/<name>.<lang>.ts)
// that is the same program: only comments and the text of string and template literals
// may differ. The checker itself is tested on small pairs, so it is known to catch a change.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXAMPLES_DIR, exampleIds, examplePath, goldenIds, goldenPath, pythonIds, twinIds } from '../support/examples';
import { englishPhrases } from '../support/english';
import { readPython } from '../support/python-twins';
import { codeTokens, proseOf, tokenDifference, twinDifference } from '../support/twins';
import { parseExampleFile, TWIN_LANGS } from '../../src/playground/build/example-files';
import { LANGS } from '../../src/utils/locale';

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
    .replace('code in a string is code, not text', '字符串里的代码也是代码')
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

// Python twins (`<name>.py` beside `<name>.ts`) follow the same rules, read with Python's own tokenize.
const pyIds = pythonIds();
const pyPairs = pyIds.flatMap((id) => TWIN_LANGS.map((lang) => [id, lang] as const));
// One CPython process reads every Python file: the English twins, then each translation.
const pyRead = readPython([...pyIds.map((id) => read(examplePath(id, 'en', 'py'))), ...pyPairs.map(([id, lang]) => read(examplePath(id, lang, 'py')))]);
const pyOriginal = (id: string) => pyRead[pyIds.indexOf(id)];
const pyTranslation = (id: string, lang: string) => pyRead[pyIds.length + pyPairs.findIndex(([i, l]) => i === id && l === lang)];

/** A golden's lines without CPython's traceback frames (`Traceback …` and the indented lines after it), which are the engine's English. */
function withoutTracebackFrames(golden: string): string[] {
  let frames = false;
  return golden.split('\n').filter((line) => {
    if (line === 'Traceback (most recent call last):') frames = true;
    else if (frames && !/^\s/.test(line)) frames = false;
    return !frames;
  });
}

describe('every Python twin has its translations and goldens', () => {
  test('every Python twin sits beside a TypeScript example', () => {
    expect(pyIds.filter((id) => !ids.includes(id)), 'a <name>.py needs its <name>.ts').toEqual([]);
    expect(pyIds.length).toBeGreaterThan(0);
  });

  test.each(TWIN_LANGS)('every Python twin has a %s translation, and every translation a twin', (lang) => {
    const translated = pythonIds(lang);
    expect(pyIds.filter((id) => !translated.includes(id)), `write <name>.${lang}.py beside each of these`).toEqual([]);
    expect(translated.filter((id) => !pyIds.includes(id)), `<name>.${lang}.py without a <name>.py`).toEqual([]);
  });

  test.each(LANGS)('every Python twin in %s has its golden, and every golden its twin', (lang) => {
    const goldens = goldenIds(lang, 'py');
    const sources = pythonIds(lang);
    expect(sources.filter((id) => !goldens.includes(id)), 'record with: npx node scripts/golden.mjs <name> --code py').toEqual([]);
    expect(goldens.filter((id) => !sources.includes(id)), 'goldens without a Python twin').toEqual([]);
  });
});

describe('Python twins are the same program', () => {
  test.each(pyPairs)('%s: the %s Python twin has the same tokens', (id, lang) => {
    const twin = pyTranslation(id, lang);
    expect(tokenDifference(pyOriginal(id).tokens, twin.tokens)).toBeUndefined();
    expect(twin.tokens.length).toBeGreaterThan(20);
  });

  const zhPython = pythonIds('zh-cn');
  test.each(zhPython)('%s: no English in the comments and strings of its zh-cn Python twin', (id) => {
    const { comments, strings } = pyTranslation(id, 'zh-cn');
    expect([...comments, ...strings].flatMap((text) => englishPhrases(text))).toEqual([]);
  });

  test.each(zhPython)('%s: its zh-cn Python twin prints no English', (id) => {
    expect(withoutTracebackFrames(read(goldenPath(id, 'zh-cn', 'py'))).flatMap((line) => englishPhrases(line))).toEqual([]);
  });
});

describe('the Python twin checker', () => {
  const original = [
    '# Waits, then greets.',
    'import asyncio',
    '',
    'async def greet(name: str) -> str:',
    '    """Says hello after a short wait."""',
    '    await asyncio.sleep(0.1)  # a short wait',
    '    return f"hello, {name.upper()!r} ({len(name):>3} letters)"',
    '',
    'SNIPPET = "async def f():\\n    yield from []\\n"  # code in a string is code, not text',
    '',
    'print(asyncio.run(greet("ada")), 6 / 2, [',
    '    1, 2])',
  ].join('\n');
  const translated = original
    .replace('Waits, then greets.', '先等一等，再打招呼。')
    .replace('Says hello after a short wait.', '稍等片刻，再说你好。')
    .replace('a short wait', '稍等片刻')
    .replace('code in a string is code, not text', '字符串里的代码也是代码')
    .replace('hello, ', '你好，')
    .replace(' letters)', ' 个字母）')
    .replace('"ada"', '"阿达"')
    .replace('[\n    1, 2]', '[1, 2]') // layout inside brackets may differ
    .replace('\nprint', '\n\nprint');
  const changes = [
    ['a changed number', '0.1', '0.2'],
    ['a changed identifier', 'upper', 'lower'],
    ['a changed f-string field', '{name.upper()!r}', '{name.lower()!r}'],
    ['a changed conversion', '!r}', '!s}'],
    ['a changed format spec', ':>3}', ':>4}'],
    ['a changed operator', '6 / 2', '6 // 2'],
    ['a changed keyword', 'async def', 'def'],
    ['an f-string made a plain string', 'return f"', 'return "'],
    ['a line taken out of its block', '\n    return', '\nreturn'],
    ['an added statement', '\nprint(', '\npass\nprint('],
    ['a removed statement', '    await asyncio.sleep(0.1)', '    pass'],
    ['a statement moved into a comment', 'await asyncio.sleep(0.1)', '# await asyncio.sleep(0.1)'],
  ] as const;
  // Every variant in one CPython process: the original, the translation, then each change.
  const [originalRead, translatedRead, ...changedRead] = readPython([original, translated, ...changes.map(([, from, to]) => translated.replace(from, to))]);

  test('comments, string text and layout inside brackets may differ', () => {
    expect(tokenDifference(originalRead.tokens, translatedRead.tokens)).toBeUndefined();
  });

  test.each(changes.map(([name, from], i) => [name, from, i] as const))('%s fails', (_, from, i) => {
    expect(translated.includes(from)).toBe(true);
    expect(tokenDifference(originalRead.tokens, changedRead[i].tokens)).toMatch(/^token \d+: the original has .* the twin has /);
  });

  test('the text of comments, docstrings and literals is what a translation changes; a program in a string is not text', () => {
    expect(translatedRead.comments).toEqual(['# 先等一等，再打招呼。', '# 稍等片刻', '# 字符串里的代码也是代码']);
    expect(translatedRead.strings).toEqual(['稍等片刻，再说你好。', '你好，${} (${} 个字母）', '阿达']);
  });

  test('a source that does not tokenize is an error, not an empty program', () => {
    expect(() => readPython(['def f(:\n'])).toThrow(/does not tokenize/);
  });

  test('Python tracebacks are set aside when a golden is checked for English', () => {
    const golden = ['值：1', 'Traceback (most recent call last):', '  File "x.zh-cn.py", line 3, in <module>', '    raise ValueError("出错了")', 'ValueError: 出错了'].join('\n');
    expect(withoutTracebackFrames(golden)).toEqual(['值：1', 'ValueError: 出错了']);
  });
});
