// Serves a built site the way a static host does: under its base path, directories by
// their index.html, and the localized 404 page (with status 404) for anything missing.
//   node scripts/serve.mjs [--dir dist] [--base /] [--port 4321]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sirv from 'sirv';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dir = arg('dir', process.env.OUT_DIR || 'dist');
const base = arg('base', process.env.BASE_PATH || '/').replace(/\/?$/, '/');
const port = Number(arg('port', 4321));
const host = arg('host', '127.0.0.1');

// dev: look files up per request, so a rebuild under a running server is served at once.
const files = sirv(dir, { dev: true, etag: true, extensions: ['html'] });

async function notFound(req, res) {
  const inZh = req.url.startsWith(`${base}zh-cn/`);
  const candidates = inZh ? ['zh-cn/404/index.html', 'zh-cn/404.html', '404.html'] : ['404.html'];
  let page = Buffer.from('Not found');
  for (const c of candidates) {
    const found = await readFile(join(dir, c)).catch(() => undefined);
    if (found) { page = found; break; }
  }
  res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(page);
}

createServer((req, res) => {
  if (!req.url.startsWith(base)) {
    if (req.url === base.slice(0, -1)) return res.writeHead(301, { Location: base }).end();
    return notFound(req, res);
  }
  const original = req.url;
  req.url = '/' + req.url.slice(base.length);
  files(req, res, () => {
    req.url = original;
    notFound(req, res);
  });
}).listen(port, host, () => console.log(`Serving ${dir} at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}${base}`));
