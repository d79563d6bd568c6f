import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh-cn.json';
import { englishPhrases } from '../support/english';
import { examplePath, goldenPath, hasGolden, twinIds } from '../support/examples';
import { proseOf } from '../support/twins';

const CHAPTERS = 'content/chapters';
const PAGES = 'content/pages';
const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort() : []);

/** h2/h3 levels of an MDX page, code fences skipped. */
function headingLevels(path: string): number[] {
  let fenced = false;
  const levels: number[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced) {
      const m = /^(#{2,3})\s+\S/.exec(line);
      if (m) levels.push(m[1].length);
    }
  }
  return levels;
}

describe('both languages are complete', () => {
  test.each([CHAPTERS, PAGES])('every English page in %s has a Chinese twin, and back', (dir) => {
    expect(files(join(dir, 'zh-cn'))).toEqual(files(join(dir, 'en')));
    expect(files(join(dir, 'en')).length).toBeGreaterThan(0);
  });

  test('there are five chapters', () => {
    expect(files(join(CHAPTERS, 'en'))).toHaveLength(5);
  });

  test.each([...files(join(CHAPTERS, 'en')).map((f) => [CHAPTERS, f]), ...files(join(PAGES, 'en')).map((f) => [PAGES, f])])(
    '%s/*/%s: same heading structure in both languages',
    (dir, file) => {
      const a = headingLevels(join(dir, 'en', file));
      const b = headingLevels(join(dir, 'zh-cn', file));
      expect(a.length).toBeGreaterThan(0);
      expect(b).toEqual(a);
    },
  );

  test('every UI string has Chinese text', () => {
    const missing = Object.keys(en).filter((k) => !(k in zh) || !(zh as Record<string, string>)[k].trim());
    expect(missing).toEqual([]);
    expect(Object.keys(zh).filter((k) => !(k in en))).toEqual([]);
  });

  test('Chinese UI strings are Chinese, not leftovers', () => {
    // Strings that may stay as they are in both languages: names and symbols.
    const same = new Set(['nav.cheatSheet', 'pg.lang.ts', 'pg.lang.py']);
    const untranslated = Object.entries(en).filter(([k, v]) => !same.has(k) && (zh as Record<string, string>)[k] === v && /[a-z]{3}/i.test(v));
    expect(untranslated).toEqual([]);
  });

  test('placeholders survive translation', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [k, v] of Object.entries(en)) expect(names((zh as Record<string, string>)[k]), k).toEqual(names(v));
  });
});

/** The examples a page shows: `example="<id>"` attributes and `example: '<id>'` variants. */
const examplesOf = (text: string) => [...text.matchAll(/\bexample\s*[=:]\s*["']([\w-]+\/[\w-]+)["']/g)].map((m) => m[1]);

// The Chinese pages: their own MDX files, and the pages both languages share (home, scratchpad).
const SHARED_PAGES = 'src/pages/[...lang]';
const zhPageFiles = [
  ...files(join(CHAPTERS, 'zh-cn')).map((f) => join(CHAPTERS, 'zh-cn', f)),
  ...files(join(PAGES, 'zh-cn')).map((f) => join(PAGES, 'zh-cn', f)),
  ...readdirSync(SHARED_PAGES).filter((f) => f.endsWith('.astro')).map((f) => join(SHARED_PAGES, f)),
];
// Every twin, not only those found in page files: a page may take its examples from a module.
const zhExamples = twinIds('zh-cn');

describe('the Chinese pages show Chinese playgrounds', () => {
  test('the Chinese chapters show examples', () => {
    expect(zhPageFiles.flatMap((f) => examplesOf(readFileSync(f, 'utf8'))).length).toBeGreaterThan(50);
  });

  test.each(zhExamples)('%s: no English in the comments and strings of its zh-cn twin', (id) => {
    const { comments, strings } = proseOf(readFileSync(examplePath(id, 'zh-cn'), 'utf8'));
    expect([...comments, ...strings].flatMap((text) => englishPhrases(text))).toEqual([]);
  });

  test.each(zhExamples)('%s: its zh-cn twin prints no English', (id) => {
    const lines = readFileSync(goldenPath(id, 'zh-cn'), 'utf8').split('\n');
    expect(lines.flatMap((line) => englishPhrases(line))).toEqual([]);
  });
});

/** What a page quotes: its `inline code` and the lines of its fenced blocks, trimmed. */
function quotesOf(text: string): string[] {
  let fenced = false;
  return text.split('\n').flatMap((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return [];
    }
    return fenced ? [line.trim()] : [...line.matchAll(/`([^`\n]+)`/g)].map((m) => m[1].trim());
  });
}

// Code the prose names that an English output line happens to begin with, and a library's
// own message that the prose quotes as the library prints it (asyncpg's, in chapter 3).
const NOT_QUOTES = new Set(['for await', 'async for', 'cursor cannot be created outside of a transaction']);

describe('the Chinese prose quotes the Chinese output', () => {
  // What the examples print, the Python twins included: the prose quotes both.
  const goldenLines = (ids: string[], lang: 'en' | 'zh-cn') =>
    ids
      .flatMap((id) => [goldenPath(id, lang), ...(hasGolden(id, lang, 'py') ? [goldenPath(id, lang, 'py')] : [])])
      .flatMap((file) => readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean));
  // A quote of output is a whole printed line, or its beginning or end (`a: body starts`, `2. back in the caller`).
  const quotes = (q: string, lines: string[]) => lines.some((l) => l === q || l.startsWith(q) || l.endsWith(q));

  test.each(zhPageFiles.filter((f) => f.endsWith('.mdx')))('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    const ids = examplesOf(text);
    const en = goldenLines(ids, 'en');
    const zhLines = goldenLines(ids, 'zh-cn');
    const english = quotesOf(text).filter(
      (q) => /[A-Za-z]{2}/.test(q) && /\S\s+\S/.test(q) && !NOT_QUOTES.has(q) && quotes(q, en) && !quotes(q, zhLines),
    );
    expect(english, 'quote what the Chinese twin prints').toEqual([]);
  });
});

describe('the English-phrase finder', () => {
  test.each([
    ['an English comment', '// the body runs first', ['the body runs first']],
    ['a short English label', 'A done', []],
    ['a label with a name and a number', 'task 0 starts', ['task 0 starts']],
    ['a template with a hole', '${} finished', []],
    ['words around a hole', 'got ${} after ${} ms', ['got ${} after ${} ms']],
    ['a quoted English value', "{ value: 'stopped early', done: true }", ["'stopped early',"]],
    ['English glued to Chinese on one side only', '生成器 returned early', ['returned early']],
  ])('finds %s', (_, text, expected) => {
    expect(englishPhrases(text)).toEqual(expected);
  });

  test.each([
    ['Chinese naming one API', '// `for await` 会调用 return()，再执行 finally'],
    ['code in backticks', '// 相当于 `async with lock:`'],
    ['printed values', "{ value: undefined, done: true } [ 'A', 'B', 'C' ] Map(1) { 'k' => 1 }"],
    ['API names and numbers', 'Promise.all: 306 ms，User_1、User_2；HTTP 404'],
    ['an engine message on the allow-list', 'TypeError: undefined is not a function'],
    ['engine output on the allow-list', '[object AsyncGenerator]'],
  ])('lets %s through', (_, text) => {
    expect(englishPhrases(text)).toEqual([]);
  });
});

/**
 * The prose of an MDX page: fenced blocks, `inline code`, import lines, JSX tags with their
 * attributes (over several lines too), link targets and bare URLs taken out.
 */
function mdxProse(text: string): string {
  let fenced = false;
  const lines = text.split('\n').filter((line) => {
    if (/^\s*(```|~~~)/.test(line)) return (fenced = !fenced), false;
    return !fenced && !/^import\s/.test(line);
  });
  const noCode = lines.join('\n').replace(/`[^`\n]*`/g, ' ');
  // JSX tags: from `<Name` to the `>` that is outside quotes and braces.
  let out = '';
  for (let i = 0; i < noCode.length; i++) {
    if (noCode[i] === '<' && /[/A-Za-z]/.test(noCode[i + 1] ?? '')) {
      let depth = 0;
      let quote = '';
      let j = i + 1;
      for (; j < noCode.length; j++) {
        const c = noCode[j];
        if (quote) quote = c === quote ? '' : quote;
        else if (c === '"' || c === "'") quote = c;
        else if (c === '{') depth++;
        else if (c === '}') depth--;
        else if (c === '>' && depth === 0) break;
      }
      out += ' ';
      i = j;
    } else out += noCode[i];
  }
  return out.replace(/\]\([^)\s]*\)/g, '] ').replace(/https?:\/\/\S+/g, ' ');
}

describe('the Chinese chapters say 演练场, not "playground"', () => {
  test.each(files(join(CHAPTERS, 'zh-cn')))('zh-cn/%s', (file) => {
    const prose = mdxProse(readFileSync(join(CHAPTERS, 'zh-cn', file), 'utf8'));
    const hits = prose.split('\n').filter((line) => /playground/i.test(line));
    expect(hits, 'write 演练场 (or 示例) in Chinese prose').toEqual([]);
  });

  test('the prose filter keeps prose and drops code, tags and links', () => {
    const page = [
      '上面那个 playground 的 Python 版本',
      '<Playground',
      '  example="02-x/y" title="a > b"',
      '/>',
      '<Playground variants={[{ label: "A", example: "03-x/playground" }]} />',
      '见[演练场](../../playground/)，`playground` 与 https://example.org/playground',
      '```ts',
      'const playground = 1;',
      '```',
    ].join('\n');
    expect(mdxProse(page).split('\n').filter((l) => /playground/i.test(l))).toEqual(['上面那个 playground 的 Python 版本']);
  });
});

describe('links in the prose', () => {
  const mdx = [CHAPTERS, PAGES].flatMap((dir) => ['en', 'zh-cn'].flatMap((lang) => files(join(dir, lang)).map((f) => join(dir, lang, f))));
  // A link from the site root would escape the base path of a site served under /guide/;
  // the end-to-end suite checks one page of each kind there, so this guards the rest.
  test.each(mdx)('%s links within the site by relative paths only', (path) => {
    const text = readFileSync(path, 'utf8');
    const rooted = [...text.matchAll(/\]\((\/[^)]*)\)|href=["'](\/[^"']*)["']/g)].map((m) => m[1] ?? m[2]);
    expect(rooted).toEqual([]);
  });
});
