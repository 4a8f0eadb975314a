// The bridge as a page gets it: bridge/client/over-<transport>.ts bundled by esbuild into one inline
// script, put first in the page's <head> so google.script exists before the page's own script runs.
import { join } from 'node:path';
import * as esbuild from 'esbuild';

export type TransportName = 'fetch' | 'post-message';

// From the repository root: this file also runs bundled into playground/.start.cjs (npm start),
// one folder below the root as bridge/ is.
const clientDir = join(__dirname, '..', 'bridge', 'client');
const built = new Map<TransportName, Promise<string>>();

async function build(transport: TransportName): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(clientDir, `over-${transport}.ts`)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  });
  // Inline in a <script>: esbuild already escapes "</script" in strings; this guards any other route.
  return result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
}

/** The client script for one transport (built once per process). */
export function bridgeScript(transport: TransportName): Promise<string> {
  let script = built.get(transport);
  if (!script) {
    script = build(transport);
    built.set(transport, script);
  }
  return script;
}

/** The page exactly as the add-on built it, with the bridge script first in <head> (or first of all). */
export function withBridge(html: string, script: string): string {
  const tag = `<script>${script}</script>`;
  const head = /<head(?:\s[^>]*)?>/i.exec(html.slice(0, 4096));
  if (!head) return tag + html;
  const end = head.index + head[0].length;
  return html.slice(0, end) + tag + html.slice(end);
}
