import type { APIRoute } from 'astro';
import { sandboxHtml } from '../playground/build/sandbox-html';

/** The playground's sandbox frame, emitted as a static file at build time. */
export const GET: APIRoute = async () =>
  new Response(await sandboxHtml(), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
