import type { APIRoute } from 'astro';
import { pythonWorkerJs } from '../playground/build/sandbox-html';

/** The Python run worker, fetched by the page with Pyodide's files (see client/python-files.ts). */
export const GET: APIRoute = async () =>
  new Response(await pythonWorkerJs(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
