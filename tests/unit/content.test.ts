import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh-cn.json';

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
    const same = new Set(['nav.cheatSheet']);
    const untranslated = Object.entries(en).filter(([k, v]) => !same.has(k) && (zh as Record<string, string>)[k] === v && /[a-z]{3}/i.test(v));
    expect(untranslated).toEqual([]);
  });

  test('placeholders survive translation', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [k, v] of Object.entries(en)) expect(names((zh as Record<string, string>)[k]), k).toEqual(names(v));
  });
});
