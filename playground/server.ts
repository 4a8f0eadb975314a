// The playground's HTTP server: loopback only, answers only its own page. Every request must name
// this server in Host (no DNS rebinding); a request that carries an Origin must come from the page's
// own origin; every API call carries the token minted for this run, which only the page knows (another
// site can neither read the page nor send the header without a CORS preflight, which is refused).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { bridgeScript, withBridge } from '../bridge/script';
import type { PlaygroundSession } from './session';

export const BODY_LIMIT = 1024 * 1024;

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

// Paths from the repository root: this file also runs bundled into playground/.start.cjs (npm start).
const root = join(__dirname, '..');
const modules = join(root, 'node_modules');
const pageDir = join(root, 'playground', 'page');

/** Static files of the page: the grid library (and its jSuites helper) and our own script and style. */
async function assets(): Promise<Map<string, { type: string; body: string | Buffer }>> {
  const built = await esbuild.build({
    entryPoints: [join(pageDir, 'client.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    logLevel: 'silent',
  });
  const js = 'text/javascript; charset=utf-8';
  const css = 'text/css; charset=utf-8';
  const file = (path: string) => readFileSync(path);
  return new Map([
    ['/app.js', { type: js, body: built.outputFiles[0].text }],
    ['/app.css', { type: css, body: file(join(pageDir, 'app.css')) }],
    ['/vendor/jsuites.js', { type: js, body: file(join(modules, 'jsuites', 'dist', 'jsuites.js')) }],
    ['/vendor/jsuites.css', { type: css, body: file(join(modules, 'jsuites', 'dist', 'jsuites.css')) }],
    [
      '/vendor/jspreadsheet.js',
      { type: js, body: file(join(modules, 'jspreadsheet-ce', 'dist', 'index.js')) },
    ],
    [
      '/vendor/jspreadsheet.css',
      { type: css, body: file(join(modules, 'jspreadsheet-ce', 'dist', 'jspreadsheet.css')) },
    ],
  ]);
}

function page(token: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="playground-token" content="${token}">
<title>Producer Partnerships playground</title>
<link rel="stylesheet" href="/vendor/jsuites.css">
<link rel="stylesheet" href="/vendor/jspreadsheet.css">
<link rel="stylesheet" href="/app.css">
</head>
<body>
<div id="app"><p class="loading">Loading the workbook…</p></div>
<script src="/vendor/jsuites.js"></script>
<script src="/vendor/jspreadsheet.js"></script>
<script src="/app.js"></script>
</body>
</html>
`;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};
// The page itself: no inline script, nothing from elsewhere, never framed by another site.
const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
// A sidebar runs its own inline script and styles (as built for HtmlService) in a sandboxed frame
// with an opaque origin; it reaches the server only through the page (postMessage).
const SIDEBAR_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra = {}): void {
  res.writeHead(status, { 'Content-Type': type, ...SECURITY_HEADERS, ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/json'))
    throw new HttpError(415, 'Send JSON (Content-Type: application/json).');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > BODY_LIMIT) throw new HttpError(413, `Request body over ${BODY_LIMIT} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) throw new HttpError(413, `Request body over ${BODY_LIMIT} bytes.`);
    chunks.push(chunk as Buffer);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw new HttpError(400, `Malformed JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new HttpError(400, 'The body must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}

function str(body: Record<string, unknown>, key: string): string {
  const v = body[key];
  if (typeof v !== 'string' || v === '') throw new HttpError(400, `"${key}" must be a non-empty string.`);
  return v;
}

function positive(body: Record<string, unknown>, key: string): number {
  const v = body[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 10_000_000) {
    throw new HttpError(400, `"${key}" must be a whole number from 1.`);
  }
  return v;
}

function grid(body: Record<string, unknown>, key: string): string[][] {
  const v = body[key];
  const ok =
    Array.isArray(v) &&
    v.length > 0 &&
    v.every(
      (r) =>
        Array.isArray(r) && r.length === (v[0] as unknown[]).length && r.every((c) => typeof c === 'string'),
    );
  if (!ok) throw new HttpError(400, `"${key}" must be a non-empty rectangle of strings.`);
  return v as string[][];
}

export async function startServer(
  session: PlaygroundSession,
  options: { port: number; host?: string },
): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const token = randomBytes(24).toString('hex');
  const [files, sidebarBridge] = await Promise.all([assets(), bridgeScript('post-message')]);
  let port = options.port;
  const origins = () => [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  const hosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];

  const withState = (result: object) => ({ ...result, state: session.state() });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hosts().includes(req.headers.host ?? '')) throw new HttpError(403, 'Unknown Host.');
    const origin = req.headers.origin;
    if (origin !== undefined && !origins().includes(origin))
      throw new HttpError(403, 'Cross-origin request refused.');
    if (req.headers['sec-fetch-site'] === 'cross-site')
      throw new HttpError(403, 'Cross-site request refused.');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const path = url.pathname;

    if (req.method === 'GET' && path === '/') {
      send(res, 200, 'text/html; charset=utf-8', page(token), { 'Content-Security-Policy': PAGE_CSP });
      return;
    }
    if (req.method === 'GET' && path === '/favicon.ico') {
      res.writeHead(204, SECURITY_HEADERS).end();
      return;
    }
    const asset = files.get(path);
    if (req.method === 'GET' && asset) {
      send(res, 200, asset.type, asset.body);
      return;
    }
    const sidebar = /^\/pages\/([0-9a-f]{32})$/.exec(path);
    if (req.method === 'GET' && sidebar) {
      const found = session.pages.get(sidebar[1]);
      if (!found) throw new HttpError(404, 'No such page.');
      send(res, 200, 'text/html; charset=utf-8', withBridge(found.html, sidebarBridge), {
        'Content-Security-Policy': SIDEBAR_CSP,
      });
      return;
    }
    if (!path.startsWith('/api/')) throw new HttpError(404, 'Not found.');
    if (req.headers['x-playground-token'] !== token) throw new HttpError(403, 'Missing or wrong token.');
    if (req.method === 'GET' && path === '/api/state') {
      sendJson(res, 200, session.state());
      return;
    }
    if (req.method !== 'POST') throw new HttpError(405, 'Use POST.');
    const body = await readJson(req);
    switch (path) {
      case '/api/edit': {
        const values = grid(body, 'values');
        const [sheet, row, col] = [str(body, 'sheet'), positive(body, 'row'), positive(body, 'col')];
        // A block past the sheet's edge is a bad request, refused before anything is written.
        const refusal = session.editRefusal(sheet, row, col, values.length, values[0].length);
        if (refusal) throw new HttpError(400, refusal);
        sendJson(res, 200, withState(session.edit(sheet, row, col, values)));
        return;
      }
      case '/api/select': {
        const result = session.select(
          str(body, 'sheet'),
          positive(body, 'row'),
          positive(body, 'col'),
          positive(body, 'numRows'),
          positive(body, 'numCols'),
        );
        sendJson(res, result.ok ? 200 : 400, result);
        return;
      }
      case '/api/run':
        sendJson(res, 200, withState(session.runMenuItem(str(body, 'functionName'))));
        return;
      case '/api/time-triggers':
        sendJson(res, 200, withState(session.runTimeTriggers()));
        return;
      case '/api/script-run': {
        const args = body.args ?? [];
        if (!Array.isArray(args)) throw new HttpError(400, '"args" must be an array.');
        sendJson(res, 200, withState(session.scriptRun(str(body, 'functionName'), args)));
        return;
      }
      case '/api/save':
        await session.save();
        sendJson(res, 200, { ok: true, file: session.file });
        return;
      default:
        throw new HttpError(404, 'Not found.');
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (!res.headersSent)
        sendJson(res, status, { ok: false, error: (error as Error).message ?? String(error) });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}/`,
    port,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
