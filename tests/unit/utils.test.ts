import { describe, expect, test } from 'vitest';
import { splitLang, htmlLang, langParam, otherLang } from '../../src/utils/locale';
import { localUrl, stripBase } from '../../src/utils/url';
import { buildNav, neighbours } from '../../src/utils/nav';
import { tocHeadings, twinAnchors } from '../../src/utils/toc';

describe('locale', () => {
  test.each([
    ['', 'en', ''],
    ['chapters/01-x/', 'en', 'chapters/01-x/'],
    ['zh-cn/', 'zh-cn', ''],
    ['zh-cn', 'zh-cn', ''],
    ['/zh-cn/chapters/01-x/', 'zh-cn', 'chapters/01-x/'],
    ['zh-cnx/', 'en', 'zh-cnx/'],
  ])('splitLang(%j)', (path, lang, rest) => {
    expect(splitLang(path)).toEqual({ lang, rest });
  });
  test('html lang, route param, other language', () => {
    expect(htmlLang('zh-cn')).toBe('zh-CN');
    expect(htmlLang('en')).toBe('en');
    expect(langParam('en')).toBeUndefined();
    expect(langParam('zh-cn')).toBe('zh-cn');
    expect(otherLang('en')).toBe('zh-cn');
  });
});

describe('url', () => {
  test.each([
    ['/', 'en', '', '/'],
    ['/', 'zh-cn', '', '/zh-cn/'],
    ['/guide/', 'en', 'chapters/a/', '/guide/chapters/a/'],
    ['/guide', 'zh-cn', '/chapters/a/', '/guide/zh-cn/chapters/a/'],
  ] as const)('localUrl(%j, %j, %j)', (base, lang, path, url) => {
    expect(localUrl(base, lang, path)).toBe(url);
  });
  test('stripBase', () => {
    expect(stripBase('/guide/', '/guide/zh-cn/x/')).toBe('zh-cn/x/');
    expect(stripBase('/', '/zh-cn/x/')).toBe('zh-cn/x/');
  });
});

describe('nav', () => {
  const nav = buildNav(
    [
      { slug: '02-b', chapter: 2, title: 'B' },
      { slug: '01-a', chapter: 1, title: 'A' },
    ],
    { home: 'Home', cheatSheet: 'Cheat', playground: 'Play' },
  );
  test('reading order: home, chapters by number, reference pages', () => {
    expect(nav.map((e) => e.path)).toEqual(['', 'chapters/01-a/', 'chapters/02-b/', 'cheat-sheet/', 'playground/']);
  });
  test('neighbours', () => {
    expect(neighbours(nav, 'chapters/01-a/')).toMatchObject({ prev: { path: '' }, next: { path: 'chapters/02-b/' } });
    expect(neighbours(nav, 'playground/').next).toBeUndefined();
    expect(neighbours(nav, 'nowhere/')).toEqual({});
  });
});

describe('toc', () => {
  const en = [
    { depth: 2, slug: 'why', text: 'Why' },
    { depth: 3, slug: 'detail', text: 'Detail' },
    { depth: 4, slug: 'deeper', text: 'Deeper' },
    { depth: 2, slug: 'how', text: 'How' },
  ];
  const zh = [
    { depth: 2, slug: '为什么', text: '为什么' },
    { depth: 3, slug: '细节', text: '细节' },
    { depth: 2, slug: '怎么做', text: '怎么做' },
  ];
  test('only h2 and h3', () => {
    expect(tocHeadings(en).map((h) => h.slug)).toEqual(['why', 'detail', 'how']);
  });
  test('twin anchors pair sections by position', () => {
    expect(twinAnchors(en, zh)).toEqual({ why: '为什么', detail: '细节', how: '怎么做' });
  });
  test('a level mismatch is not paired', () => {
    expect(twinAnchors(en, [{ depth: 3, slug: 'x', text: 'x' }])).toEqual({});
  });
});
