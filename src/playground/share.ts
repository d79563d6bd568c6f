import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/** Share links keep the code in the URL hash: `#code/<deflate, base64url>`. */
export const SHARE_PREFIX = '#code/';

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
export function encodeShareHash(code: string): string {
  return SHARE_PREFIX + toBase64Url(deflateSync(strToU8(code), { level: 9 }));
}

/** The code in a share hash; `undefined` when there is none, `null` when it is damaged. */
export function decodeShareHash(hash: string): string | null | undefined {
  if (!hash.startsWith(SHARE_PREFIX)) return undefined;
  try {
    return strFromU8(inflateSync(fromBase64Url(hash.slice(SHARE_PREFIX.length))));
  } catch {
    return null;
  }
}
