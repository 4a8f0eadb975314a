// End to end in the playground (npm start): Extensions → Import results… opens the dialog in the
// page's sandboxed frame, a file goes in through its picker, and the import's totals reach the
// workbook, whose Results tab then shows them.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type RunningServer, startServer } from '../../playground/server';
import { PlaygroundSession } from '../../playground/session';
import { DIST } from '../integration/harness';
import { CHROMIUM, describeWith } from '../programs';
import { launchChromium } from './chromium';

jest.setTimeout(120_000);

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'partnerships.xlsx');

describeWith(CHROMIUM, 'Import results in the playground', () => {
  let dir = '';
  let browser: Browser;
  let session: PlaygroundSession;
  let server: RunningServer;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'e2e-import-'));
    const file = join(dir, 'partnerships.xlsx');
    copyFileSync(EXAMPLE, file);
    browser = await launchChromium();
    session = await PlaygroundSession.open(DIST, file, 'America/New_York');
    server = await startServer(session, { port: 0 });
    page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="grid"][data-ready]');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the menu opens the dialog; a picked file is imported into the Results sheet', async () => {
    await page.click('[data-testid="menu-extensions"]');
    await page.click('[data-testid="menu:Import results…"]');
    await page.waitForFunction(
      "document.querySelector('[data-testid=\"sidebar-title\"]').textContent === 'Import results'",
    );
    const frame = page.frameLocator('[data-testid="sidebar-frame"]');
    await frame.locator('#file').setInputFiles({
      name: 'december.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Partnership ID,Month,Sessions,Attributed sales,Currency\nP-0029,2026-12,40,410.5,USD\nP-0999,2026-12,1,1,USD\n',
      ),
    });
    await frame.locator('#totals').waitFor();
    expect(await frame.locator('#unattributed li').allTextContents()).toEqual([
      'P-0999 · 1 row · no partnership',
    ]);
    await frame.locator('#import').click();
    await frame.locator('.message.ok').waitFor();
    expect(await frame.locator('.message.ok').textContent()).toBe(
      'Imported Generic results from december.csv: 1 row added. 1 row matched no partnership and was not imported.',
    );
    const rows = session.addon.emu.user.getValues('Results');
    expect(rows.at(-1)?.slice(0, 7)).toEqual([
      'P-0029|2026-12|Generic',
      'P-0029',
      '2026-12',
      'Generic',
      40,
      '',
      410.5,
    ]);
    await page.click('[data-testid="tab:Results"]');
    await page.waitForSelector('[data-testid="grid"][data-sheet="Results"][data-ready]');
  });
});
