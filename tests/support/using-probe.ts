/**
 * A program whose output shows how `using` / `await using` ran: lowered into helpers,
 * the SuppressedError is not the engine's and the disposer's stack gains helper frames
 * (Node's own frames, ModuleJob and node:internal, are left out so a browser can match).
 */
export const usingProbe = [
  'const resource = (name: string) => ({ [Symbol.dispose]() { throw new Error(`dispose ${name}`); } });',
  'const later = { async [Symbol.asyncDispose]() { console.log("async dispose"); } };',
  'try {',
  '  await using l = later;',
  "  using a = resource('a');",
  "  throw new Error('body');",
  '} catch (e) {',
  '  const s = e as SuppressedError;',
  '  console.log(s.name, JSON.stringify(s.message), (s.error as Error).message, (s.suppressed as Error).message);',
  "  console.log((s.error as Error).stack!.split('\\n').slice(1).filter((l) => /^\\s*at \\S+ \\(/.test(l) && !/ModuleJob|node:internal/.test(l)).map((l) => l.trim().split(' ')[1]).join(' < '));",
  '}',
  '',
].join('\n');
