// The one google.script.run (bridge/google-script.ts) in headless Chromium, over both transports: the
// page on its own origin posting to the server by fetch (the sidebar tests), and the page in a
// sandboxed frame whose parent relays by postMessage (the playground). The same checks run on both.
import type { Frame, Page } from 'playwright-core';
import { CHROMIUM, describeWith } from '../programs';
import { type ServedPage, serveSidebar } from './bridge';
import { chromiumForTests } from './chromium';

jest.setTimeout(60_000);

// A page as HtmlService would serve one; call(…) runs one google.script.run call and resolves with
// what the handlers received.
const PROBE_PAGE = `<!DOCTYPE html><html><head><title>probe</title></head><body><p id="out">ready</p>
<script>
window.call = function (name, args, userObject) {
  return new Promise(function (resolve) {
    var runner = google.script.run
      .withSuccessHandler(function (value, who) { resolve({ ok: true, value: value, who: who }); })
      .withFailureHandler(function (error, who) {
        resolve({ ok: false, isError: error instanceof Error, name: error.name, message: error.message, who: who });
      });
    if (userObject !== undefined) runner = runner.withUserObject(userObject);
    runner[name].apply(null, args);
  });
};
</script></body></html>`;

// The server functions the probe may call, as the add-on's globals would be.
const gas = {
  echo: (value: unknown) => value,
  fails: () => {
    throw new Error('There is no Pipeline sheet: run Set up workbook first.');
  },
  returnsDate: () => ({ when: new Date(0) }),
  secret_: () => 'never',
};

const refusal = (where: string, what: string) =>
  `Failed due to illegal value: ${where} is ${what}; google.script.run cannot send it.`;

describeWith(CHROMIUM, 'google.script.run in Chromium', () => {
  const browser = chromiumForTests();

  describe.each(['fetch', 'post-message'] as const)('google.script.run over %s', (transport) => {
    let served: ServedPage;
    let page: Page;
    let probe: Frame;
    const errors: string[] = [];
    const consoleErrors: string[] = [];

    /** Runs one call in the probe page (a string: the test compiles without DOM types). */
    const call = (name: string, argsJs: string, userObjectJs = 'undefined') =>
      probe.evaluate(`window.call(${JSON.stringify(name)}, ${argsJs}, ${userObjectJs})`);

    beforeAll(async () => {
      served = await serveSidebar({
        html: PROBE_PAGE,
        gas,
        allowed: ['echo', 'fails', 'returnsDate', 'secret_'],
        before: ({ name }) => {
          if (name.endsWith('_')) throw new Error(`Script function not found: ${name}`);
        },
        transport,
      });
      page = await browser().newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      await page.goto(served.url);
      if (transport === 'post-message') {
        await page.waitForSelector('#sidebar');
        const frame = await (await page.$('#sidebar'))!.contentFrame();
        probe = frame!;
      } else {
        probe = page.mainFrame();
      }
      await probe.waitForSelector('#out');
    });

    afterAll(async () => {
      await page?.close();
      await served?.close();
    });

    beforeEach(() => {
      served.calls.length = 0;
    });

    it('calls the server function and hands its value and the user object to the success handler', async () => {
      await expect(
        call('echo', '[{ rows: [[1, "a"]], gone: undefined, list: [undefined] }]', '"P-0001"'),
      ).resolves.toEqual({ ok: true, value: { rows: [[1, 'a']], list: [null] }, who: 'P-0001' });
      expect(served.calls).toEqual([{ name: 'echo', args: [{ rows: [[1, 'a']], list: [null] }] }]);
    });

    it('refuses a Date, a function or a DOM node in the arguments before anything is sent', async () => {
      await expect(call('echo', '[{ when: new Date(0) }]', '7')).resolves.toEqual({
        ok: false,
        isError: true,
        name: 'ScriptError',
        message: refusal('arguments[0].when', 'a Date (send ISO text instead)'),
        who: 7,
      });
      await expect(call('echo', '["x", function () {}]')).resolves.toMatchObject({
        ok: false,
        message: refusal('arguments[1]', 'a function'),
      });
      await expect(call('echo', '[[document.body]]')).resolves.toMatchObject({
        ok: false,
        message: refusal('arguments[0][0]', 'a DOM node (HTMLBodyElement)'),
      });
      expect(served.calls).toEqual([]);
    });

    it('gives the failure handler an Error with the server’s message: a throw, a private name, a Date result', async () => {
      await expect(call('fails', '[]', '{ row: 2 }')).resolves.toEqual({
        ok: false,
        isError: true,
        name: 'ScriptError',
        message: 'There is no Pipeline sheet: run Set up workbook first.',
        who: { row: 2 },
      });
      await expect(call('secret_', '[]')).resolves.toMatchObject({
        message: 'Script function not found: secret_',
      });
      await expect(call('returnsDate', '[]')).resolves.toMatchObject({
        message: refusal('result.when', 'a Date (send ISO text instead)'),
      });
    });

    it('logs a failure without a failure handler to the console, and nothing after withFailureHandler(null)', async () => {
      consoleErrors.length = 0;
      await probe.evaluate(`google.script.run.fails(); google.script.run.withFailureHandler(null).fails();`);
      const end = Date.now() + 5000;
      while (served.calls.length < 2 && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      expect(consoleErrors).toEqual([expect.stringContaining('There is no Pipeline sheet')]);
    });

    it('keeps the runner immutable and not thenable, and answers url.getLocation', async () => {
      await expect(
        probe.evaluate(`(function () {
        var run = google.script.run;
        var a = run.withUserObject(1);
        return [a !== run, a.withSuccessHandler(function () {}) !== a, typeof run.then];
      })()`),
      ).resolves.toEqual([true, true, 'undefined']);
      await expect(
        probe.evaluate(`new Promise(function (resolve) { google.script.url.getLocation(resolve); })`),
      ).resolves.toEqual({ hash: '', parameter: {}, parameters: {} });
      expect(errors).toEqual([]);
    });

    it('closes through the transport (the parent hears it in the playground)', async () => {
      await probe.evaluate('google.script.host.close()');
      if (transport === 'post-message') {
        await page.waitForFunction('window.closedTimes === 1');
      } else {
        await expect(probe.evaluate('document.documentElement.dataset.closed')).resolves.toBe('true');
      }
    });
  });

  describe('google.script.run in a sandboxed frame', () => {
    it('cannot reach its parent, and ignores answers that do not come from its parent', async () => {
      const served = await serveSidebar({
        html: PROBE_PAGE,
        gas,
        allowed: ['echo'],
        transport: 'post-message',
      });
      const page = await browser().newPage();
      try {
        await page.goto(served.url);
        const frame = (await (await page.$('#sidebar'))!.contentFrame())!;
        await frame.waitForSelector('#out');
        await expect(
          frame.evaluate(
            `(function () { try { return String(parent.document.title); } catch (e) { return 'blocked'; } })()`,
          ),
        ).resolves.toBe('blocked');
        // A forged answer posted by the frame to itself (not from its parent) settles nothing.
        const outcome = await frame.evaluate(`new Promise(function (resolve) {
        google.script.run.withSuccessHandler(function (v) { resolve('answered ' + v); }).echo('real');
        window.postMessage({ type: 'gs-result', id: 1, ok: true, value: 'forged' }, '*');
        setTimeout(function () { resolve('pending'); }, 2000);
      })`);
        expect(outcome).toBe('answered real');
      } finally {
        await page.close();
        await served.close();
      }
    });
  });
});
