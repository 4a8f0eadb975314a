// Serves a built sidebar page on 127.0.0.1 (an ephemeral port) with a google.script.run bridge to
// the add-on running in the emulator, for the sidebar browser tests. The page is served unchanged
// but for one <script> first in <head>: the shared client (bridge/google-script.ts) over fetch, which
// posts each call to RUN_PATH here. The value rules of both halves live in bridge/.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Answer, MESSAGE, RUN_PATH, type RunRequest } from '../../bridge/protocol';
import { bridgeScript, type TransportName, withBridge } from '../../bridge/script';
import { transportCopy } from '../../bridge/transport-copy';

export type Call = RunRequest;

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
  /**
   * How the page's calls travel: 'fetch' (the default) serves the page itself on its own origin;
   * 'post-message' serves a parent page framing it in a sandbox (an opaque origin), as the playground
   * does, which relays each call to RUN_PATH and posts the answer back.
   */
  transport?: TransportName;
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
export function runCall(options: BridgeOptions, call: Call): Answer {
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

/**
 * A page framing the sidebar in a sandbox and relaying its calls, as the playground page does (its
 * own relay is playground/page/sidebar.ts): only messages from that frame are read. Counts closes.
 */
const PARENT_PAGE = `<!DOCTYPE html><html><head><title>parent</title></head><body>
<iframe id="sidebar" sandbox="allow-scripts" src="/frame" style="width:300px;height:600px"></iframe>
<script>
var MESSAGE = ${JSON.stringify(MESSAGE)};
var frame = document.getElementById('sidebar');
window.closedTimes = 0;
window.addEventListener('message', function (event) {
  if (event.source !== frame.contentWindow) return;
  var m = event.data;
  if (m && m.type === MESSAGE.close) { window.closedTimes++; return; }
  if (!m || m.type !== MESSAGE.run) return;
  fetch(${JSON.stringify(RUN_PATH)}, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: m.functionName, args: m.args }) })
    .then(function (response) { return response.json(); })
    .then(function (a) {
      frame.contentWindow.postMessage({ type: MESSAGE.result, id: m.id, ok: a.ok, value: a.value, message: a.message }, '*');
    });
});
</script></body></html>`;

export async function serveSidebar(options: BridgeOptions): Promise<ServedPage> {
  const transport = options.transport ?? 'fetch';
  const page = withBridge(options.html, await bridgeScript(transport));
  const pages = new Map(
    transport === 'fetch'
      ? [['/', page]]
      : [
          ['/', PARENT_PAGE],
          ['/frame', page],
        ],
  );
  const calls: Call[] = [];
  let delay = options.delayMs ?? 0;
  const server: Server = createServer(async (request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const html = request.method === 'GET' ? pages.get(path) : undefined;
    if (html !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(html);
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
