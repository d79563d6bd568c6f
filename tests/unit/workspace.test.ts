// The workspace's pure parts: reading a chapter's playgrounds, the gallery built from them,
// its filter, the divider's keys and the workspace's addresses.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { playgroundsIn } from '../../src/playground/build/page-playgrounds';
import { buildGallery, exampleIds as galleryIds, firstComment } from '../../src/playground/build/gallery';
import { matchesQuery } from '../../src/playground/workspace/client/gallery';
import { clampSplit, splitAfterKey, SPLIT_MAX, SPLIT_MIN } from '../../src/playground/workspace/client/divider';
import { DEFAULT_EXAMPLE, workspacePath } from '../../src/playground/workspace/paths';
import { EXAMPLES_DIR, exampleIds } from '../support/examples';

const CHAPTERS = 'content/chapters';

describe('playgroundsIn', () => {
  test('reads titles, variants and the section heading; skips code blocks', () => {
    const mdx = [
      '## First `section`',
      '',
      '<Playground example="c/one" title="One" />',
      '',
      '```mdx',
      '<Playground example="c/not-real" />',
      '```',
      '',
      '### Second',
      '',
      '<Playground',
      '  variants={[',
      "    { label: 'A', example: \"c/a\" },",
      '    { label: `B`, example: "c/b" },',
      '  ]}',
      '/>',
    ].join('\n');
    expect(playgroundsIn(mdx)).toEqual([
      { title: 'One', heading: 'First section', headingIndex: 0, variants: [{ label: '', example: 'c/one' }] },
      { heading: 'Second', headingIndex: 1, variants: [{ label: 'A', example: 'c/a' }, { label: 'B', example: 'c/b' }] },
    ]);
  });

  test('refuses what it cannot read at build time', () => {
    expect(() => playgroundsIn('<Playground variants={list} />')).toThrow(/Identifier/);
    expect(() => playgroundsIn('<Playground title="no example" />')).toThrow(/needs/);
  });

  // Cross-check with a plain text search: every example a chapter names is found, in order.
  test.each(['en', 'zh-cn'].flatMap((lang) => readdirSync(join(CHAPTERS, lang)).map((f) => join(CHAPTERS, lang, f))))('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    const named = [...text.matchAll(/\bexample\s*[=:]\s*["']([\w-]+\/[\w-]+)["']/g)].map((m) => m[1]);
    const found = playgroundsIn(text).flatMap((p) => p.variants.map((v) => v.example));
    expect(found).toEqual(named);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((id) => !exampleIds().includes(id)), 'examples that are not on disk').toEqual([]);
  });
});

describe('buildGallery', () => {
  const folders = [
    { key: 'home', title: 'Home', playgrounds: [{ title: 'Teaser', variants: [{ label: 'Seq', example: 'home/seq' }, { label: 'Con', example: 'home/con' }] }] },
    {
      key: 'c1',
      title: 'Chapter 1',
      playgrounds: [
        { heading: 'Later section', section: { title: 'Later section', href: '/chapters/c1/#later-section' }, variants: [{ label: 'Fast', example: 'c1/fast' }, { label: 'Slow', example: 'c1/slow' }] },
        { title: 'Shown twice', variants: [{ label: '', example: 'c1/fast' }] },
        { title: 'Elsewhere', variants: [{ label: '', example: 'c2/missing' }] },
      ],
    },
  ];
  const ids = ['c1/alone', 'c1/fast', 'c1/slow', 'home/con', 'home/seq'];
  const gallery = buildGallery({ folders, ids, fallbackTitle: (id) => `comment of ${id}` });

  test('groups by folder, in page order, unshown examples last, each example once', () => {
    expect(gallery.map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([
      ['home', ['home/seq', 'home/con']],
      ['c1', ['c1/fast', 'c1/slow', 'c1/alone']],
    ]);
  });

  test('titles come from the page (title, else heading), labels from the tabs, else the first comment; the section goes along', () => {
    const c1 = gallery[1].items;
    const section = { title: 'Later section', href: '/chapters/c1/#later-section' };
    expect(c1[0]).toEqual({ id: 'c1/fast', title: 'Later section', label: 'Fast', variants: folders[1].playgrounds[0].variants, section });
    expect(c1[1].section).toEqual(section);
    expect(c1[2]).toEqual({ id: 'c1/alone', title: 'comment of c1/alone', variants: [{ label: '', example: 'c1/alone' }] });
    expect(gallery[0].items[1].variants.map((v) => v.example)).toEqual(['home/seq', 'home/con']);
  });

  test('lists the example files on disk', () => {
    expect(galleryIds(EXAMPLES_DIR)).toEqual(exampleIds());
  });

  test('firstComment', () => {
    expect(firstComment('// Three tasks.\nconst x = 1;')).toBe('Three tasks.');
    expect(firstComment('const x = 1;')).toBeUndefined();
  });
});

describe('the gallery filter', () => {
  test.each([
    ['mutex', true],
    ['MUTEX toolkit', true],
    ['toolkit mutex', true],
    ['', true],
    ['mutex semaphore', false],
  ])('%j', (query, expected) => {
    expect(matchesQuery('5. the async toolkit a lost update, and a mutex 05-async-toolkit/mutex', query)).toBe(expected);
  });
});

describe('the divider', () => {
  test.each([
    ['ArrowRight', 52], ['ArrowUp', 52], ['ArrowLeft', 48], ['ArrowDown', 48],
    ['PageUp', 60], ['PageDown', 40], ['Home', SPLIT_MIN], ['End', SPLIT_MAX], ['a', undefined],
  ] as const)('%s from 50 gives %s', (key, expected) => {
    expect(splitAfterKey(50, key)).toBe(expected);
  });

  test('stays within its limits', () => {
    expect(splitAfterKey(SPLIT_MAX, 'PageUp')).toBe(SPLIT_MAX);
    expect(splitAfterKey(SPLIT_MIN + 1, 'PageDown')).toBe(SPLIT_MIN);
    expect(clampSplit(33.4)).toBe(33);
  });
});

test('workspace addresses: the scratchpad is /playground/, every other example a page under it', () => {
  expect(workspacePath(DEFAULT_EXAMPLE)).toBe('playground/');
  expect(workspacePath('05-async-toolkit/mutex')).toBe('playground/05-async-toolkit/mutex/');
});
