// Serves a built sidebar page on 127.0.0.1 (an ephemeral port) with a google.script.run bridge to
// the add-on running in the emulator. Reusable by anything that shows the real pages outside Apps
// Script (the browser tests, a playground): the page itself is served unchanged, one <script> is
// put first in <head>, and that script defines window.google.script.run / .host.
//
// google.script.run as Apps Script documents it (https://developers.google.com/apps-script/guides/html/reference/run):
// withSuccessHandler / withFailureHandler / withUserObject each return a runner; calling a server
// function by name is asynchronous; arguments and results are copied (no Date, function or
// undefined inside); a thrown error reaches the failure handler as an Error with its message.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const RUN_PATH = '/__gas/run';

/** The client half: a script defining window.google.script for a page, posting calls to `endpoint`. */
export function bridgeScript(endpoint: string = RUN_PATH): string {
  return `(function () {
  var endpoint = ${JSON.stringify(endpoint)};
  function call(name, args, success, failure, userObject) {
    fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: name, args: args }) })
      .then(function (response) { return response.json(); })
      .then(function (answer) {
        if (answer.ok) { if (success) success(answer.value, userObject); }
        else { var error = new Error(answer.message); if (failure) failure(error, userObject); else console.error(error); }
      }, function () {
        var error = new Error('NetworkError: connection failure due to HTTP 0');
        if (failure) failure(error, userObject); else console.error(error);
      });
  }
  function runner(success, failure, userObject) {
    var own = {
      withSuccessHandler: function (f) { return runner(f, failure, userObject); },
      withFailureHandler: function (f) { return runner(success, f, userObject); },
      withUserObject: function (o) { return runner(success, failure, o); }
    };
    return new Proxy(own, {
      get: function (target, name) {
        if (Object.prototype.hasOwnProperty.call(target, name)) return target[name];
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () { call(name, Array.prototype.slice.call(arguments), success, failure, userObject); };
      }
    });
  }
  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    host: { origin: location.origin, close: function () { window.__sidebarClosed = true; },
      setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} } }
  };
})();`;
}

/** The page with the bridge as the first script of <head>. */
export function withBridge(html: string, endpoint: string = RUN_PATH): string {
  const tag = `<script>${bridgeScript(endpoint)}</script>`;
  const at = html.indexOf('<head>');
  if (at < 0) throw new Error('page has no <head>');
  return html.slice(0, at + 6) + tag + html.slice(at + 6);
}

/**
 * Copies a value as google.script.run does, refusing what Apps Script cannot send: a Date, a
 * function (both break the call), or a non-plain object. undefined inside arrays becomes null.
 */
export function transportCopy(value: unknown, path = 'result'): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value === undefined) return null;
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Date]')
    throw new Error(`${path} is a Date: Apps Script cannot send it (use ISO text)`);
  if (typeof value === 'function') throw new Error(`${path} is a function: Apps Script cannot send it`);
  if (Array.isArray(value)) return value.map((v, i) => transportCopy(v, `${path}[${i}]`));
  if (tag === '[object Object]') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (v !== undefined) out[key] = transportCopy(v, `${path}.${key}`);
    }
    return out;
  }
  throw new Error(`${path} (${tag}) cannot be sent by google.script.run`);
}

export interface Call {
  name: string;
  args: unknown[];
}

export interface BridgeOptions {
  /** The built page (e.g. what the add-on passed to Ui.showSidebar). */
  html: string;
  /** The add-on's globals (loadBundle's context): server functions are looked up here by name. */
  // biome-ignore lint/suspicious/noExplicitAny: the bundle's globals are untyped, as in Apps Script
  gas: Record<string, any>;
  /** The only names the page may call (a page cannot reach other globals). */
  allowed: readonly string[];
  /** Runs before each call (e.g. to make it fail or select a row); a throw becomes the call's failure. */
  before?: (call: Call) => void;
  /** Holds each answer this long, so tests can see controls disabled while a call is in flight. */
  delayMs?: number;
}

export interface ServedPage {
  url: string;
  calls: Call[];
  setDelay(ms: number): void;
  close(): Promise<void>;
}

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      text += chunk;
    });
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

/** Runs one call against the add-on, as Apps Script would: the answer or the error's message. */
export function runCall(
  options: BridgeOptions,
  call: Call,
): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    if (!options.allowed.includes(call.name) || typeof options.gas[call.name] !== 'function') {
      throw new Error(`Script function not found: ${call.name}`);
    }
    options.before?.(call);
    const args = call.args.map((a, i) => transportCopy(a, `argument ${i + 1}`));
    return { ok: true, value: transportCopy(options.gas[call.name](...args)) };
  } catch (error) {
    // Errors made in the add-on's vm realm fail instanceof here: read the message by duck typing.
    const message = (error as { message?: unknown } | null)?.message;
    return { ok: false, message: typeof message === 'string' ? message : String(error) };
  }
}

export async function serveSidebar(options: BridgeOptions): Promise<ServedPage> {
  const page = withBridge(options.html);
  const calls: Call[] = [];
  let delay = options.delayMs ?? 0;
  const server: Server = createServer(async (request, response) => {
    if (request.method === 'GET' && (request.url === '/' || request.url?.startsWith('/?'))) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(page);
      return;
    }
    if (request.method === 'POST' && request.url === RUN_PATH) {
      const parsed = JSON.parse(await body(request)) as Call;
      const call = { name: String(parsed.name), args: Array.isArray(parsed.args) ? parsed.args : [] };
      calls.push(call);
      const answer = runCall(options, call);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer));
      return;
    }
    // Anything else would be a request to the network, which the page must never make.
    response.writeHead(404);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    setDelay(ms) {
      delay = ms;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
