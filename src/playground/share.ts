import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { CodeLanguage } from './protocol';

/**
 * Share links keep the code in the URL hash: `#code/<deflate, base64url>` for TypeScript,
 * `#py/<…>` for Python. A bare `#py` opens an example's Python twin as it is.
 */
export const SHARE_PREFIX = '#code/';
const PREFIXES: Record<CodeLanguage, string> = { ts: SHARE_PREFIX, py: '#py/' };
export const PYTHON_HASH = '#py';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/**
 * The hash that carries `code` in a share link.
 * @example decodeShareHash(encodeShareHash('console.log(1)')) // 'console.log(1)'
 */
export function encodeShareHash(code: string, language: CodeLanguage = 'ts'): string {
  return PREFIXES[language] + toBase64Url(deflateSync(strToU8(code), { level: 9 }));
}

/** The language a hash asks for: Python for `#py` and `#py/…`, TypeScript otherwise. */
export const shareHashLanguage = (hash: string): CodeLanguage => (hash === PYTHON_HASH || hash.startsWith(PREFIXES.py) ? 'py' : 'ts');

/** The code in a share hash (either language); `undefined` when there is none, `null` when it is damaged. */
export function decodeShareHash(hash: string): string | null | undefined {
  const prefix = Object.values(PREFIXES).find((p) => hash.startsWith(p));
  if (!prefix) return undefined;
  try {
    return strFromU8(inflateSync(fromBase64Url(hash.slice(prefix.length))));
  } catch {
    return null;
  }
}
