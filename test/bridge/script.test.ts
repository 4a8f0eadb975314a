// How a page gets the bridge: the client for one transport, built by esbuild, first in <head>.
import { runInNewContext } from 'node:vm';
import { bridgeScript, withBridge } from '../../bridge/script';

describe('withBridge', () => {
  it('puts the bridge first in <head>, before the page script', () => {
    const page = withBridge(
      '<!DOCTYPE html><html><head><title>t</title></head><body><script>x()</script></body></html>',
      'BRIDGE()',
    );
    expect(page).toBe(
      '<!DOCTYPE html><html><head><script>BRIDGE()</script><title>t</title></head><body><script>x()</script></body></html>',
    );
  });

  it('puts it first of all when the page has no <head>, and never inside a <header>', () => {
    expect(withBridge('<header>h</header><script>x()</script>', 'B()')).toBe(
      '<script>B()</script><header>h</header><script>x()</script>',
    );
    expect(withBridge('<HEAD lang="en"></HEAD>', 'B()')).toBe('<HEAD lang="en"><script>B()</script></HEAD>');
  });
});

describe('bridgeScript', () => {
  it.each(['fetch', 'post-message'] as const)(
    'builds the %s client into one script that defines google.script on the page',
    async (transport) => {
      const script = await bridgeScript(transport);
      expect(script).not.toMatch(/<\/script/i);
      expect(script).not.toMatch(/\bimport\b|\brequire\(/);
      // Run it in a bare context with just enough of a window: it defines google.script.run.
      const window: Record<string, unknown> = { addEventListener: () => {}, parent: {} };
      const context = { window, location: { origin: 'null' }, Proxy, fetch: () => undefined };
      runInNewContext(script, context);
      const google = window.google as { script: { run: object; host: { origin: string } } };
      expect(typeof google.script.run).toBe('object');
      expect(google.script.host.origin).toBe('null');
      expect(await bridgeScript(transport)).toBe(script); // built once
    },
  );
});
