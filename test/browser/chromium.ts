// Debian's Chromium driven by playwright-core (never a browser download). playwright's own launch
// makes a fresh profile directory per browser.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { available, CHROMIUM, missingMessage } from '../programs';

/** Starts Chromium before a block's tests (inside describeWith(CHROMIUM, ...)) and closes it after them; call the result for the browser. */
export function chromiumForTests(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!available(CHROMIUM)) throw new Error(missingMessage(CHROMIUM));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium did not start');
    return browser;
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM.path,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Where a test saves a screenshot. The README's pictures in docs/ are re-taken only when asked
 * (`npm run screenshots`), so an ordinary `npm test` leaves the work tree clean; otherwise the
 * picture is still taken, into the system's temporary folder.
 */
export function screenshotPath(name: string): string {
  const dir = process.env.UPDATE_SCREENSHOTS
    ? join(__dirname, '..', '..', 'docs')
    : join(tmpdir(), 'producer-partnerships-screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
