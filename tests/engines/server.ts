/**
 * Serves the built site for the cross-engine tests, the way scripts/serve.mjs does, with
 * two additions, because WebKitWebDriver reports no console messages or page errors:
 * every page (not the sandbox, whose policy refuses inline scripts) gets a recorder as its
 * first script, which collects the page's own errors in `window.__problems`; and the
 * server notes every request it answers with an error status.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import sirv from 'sirv';

/** Runs in the page before anything else: errors, failed loads, rejections, console.error. */
const RECORDER = `<script>(() => {
  const problems = (window.__problems = []);
  const text = (v) => { try { return v instanceof Error ? v.name + ': ' + v.message : String(v); } catch { return typeof v; } };
  addEventListener('error', (e) => {
    const t = e.target;
    // Firefox fires error at a modulepreload of a module the page already ran (Vite preloads
    // a dynamic import's chunks, the page's own among them). A preload that really fails
    // shows as an error status at the server.
    if (t && t !== window && t.rel === 'modulepreload') return;
    if (t && t !== window) problems.push('failed to load ' + (t.src || t.href || t.tagName));
    else problems.push('error: ' + e.message + ' at ' + e.filename + ':' + e.lineno);
  }, true);
  addEventListener('unhandledrejection', (e) => problems.push('unhandled rejection: ' + text(e.reason)));
  addEventListener('securitypolicyviolation', (e) => problems.push('CSP refused ' + e.blockedURI + ' (' + e.violatedDirective + ')'));
  const error = console.error;
  console.error = function (...args) { problems.push('console.error: ' + args.map(text).join(' ')); return error.apply(this, args); };
})();</script>`;

export interface SiteServer {
  url: string;
  /** Requests answered with a status of 400 or more, since the last `takeFailures()`. */
  takeFailures(): string[];
  close(): Promise<void>;
}

async function htmlFile(dir: string, path: string): Promise<string | undefined> {
  const clean = normalize(decodeURIComponent(path.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [clean, join(clean, 'index.html'), `${clean}.html`]) {
    if (!candidate.endsWith('.html') || candidate.endsWith('sandbox.html')) continue;
    const file = join(dir, candidate);
    if (await stat(file).then((s) => s.isFile(), () => false)) return file;
  }
  return undefined;
}

export async function serveSite(dir: string): Promise<SiteServer> {
  const files = sirv(dir, { dev: true, etag: true, extensions: ['html'] });
  let failures: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = req.url ?? '/';
    res.on('finish', () => {
      if (res.statusCode >= 400) failures.push(`HTTP ${res.statusCode}: ${url}`);
    });
    const page = await htmlFile(dir, url);
    if (page) {
      const html = (await readFile(page, 'utf8')).replace(/<head>/i, (h) => h + RECORDER);
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      return res.end(html);
    }
    files(req, res, async () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(await readFile(join(dir, '404.html')).catch(() => 'Not found'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    takeFailures: () => {
      const taken = failures;
      failures = [];
      return taken;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
