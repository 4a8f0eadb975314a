// The Import results dialog in real headless Chromium: the page the built add-on passes to
// Ui.showModalDialog, bridged to the add-on in the emulator. Files go in through the file picker
// (setInputFiles) and the paste box; the Results sheet is checked afterwards.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { IMPORT_API_NAMES } from '../../src/core/results/import-contract';
import type { Addon } from '../integration/harness';
import { importAddon, resultRows } from '../integration/import-helpers';
import { CHROMIUM, describeWith } from '../programs';
import { GA4_CSV, SHOPIFY_CSV, YOUTUBE_CSV } from '../results/fixtures';
import { type ServedPage, serveSidebar } from './bridge';
import { chromiumForTests, screenshotPath } from './chromium';
import { type OpenedPage, servedPages } from './served-pages';

jest.setTimeout(60_000);

describeWith(CHROMIUM, 'the Import results dialog in Chromium', () => {
  const browser = chromiumForTests();
  let addon: Addon;
  const openPage = servedPages(browser);

  beforeEach(() => {
    addon = importAddon();
  });

  async function openDialog(): Promise<OpenedPage> {
    addon.gas.openImportResults();
    const { html } = addon.emu.ui.dialogs.at(-1)!;
    const served = await serveSidebar({ html, gas: addon.gas, allowed: IMPORT_API_NAMES });
    const opened = await openPage(served, { width: 760, height: 620 });
    await opened.page.waitForSelector('#file');
    return opened;
  }

  const pick = (page: Page, name: string, text: string) =>
    page.setInputFiles('#file', { name, mimeType: 'text/csv', buffer: Buffer.from(text) });

  const callsOf = (served: ServedPage, name: string) => served.calls.filter((c) => c.name === name).length;

  describe('Import results dialog', () => {
    it('a GA4 file through the picker: the layout, the mapping, the unattributed list, then the import', async () => {
      const { page, served, requests, dialogs, errors } = await openDialog();
      await pick(page, 'ga4.csv', GA4_CSV);
      await page.waitForSelector('#totals');
      expect(await page.inputValue('#source')).toBe('GA4');
      expect(await page.locator('#map-campaign option:checked').textContent()).toBe('Session campaign');
      expect(await page.locator('#map-sales option:checked').textContent()).toBe('Total revenue');
      expect(await page.textContent('#summary')).toBe(
        '6 rows read: 3 attributed to 2 partnerships, 3 unattributed. Amounts in USD.',
      );
      expect(await page.locator('#unattributed li').allTextContents()).toEqual([
        '(not set) · 1 row · no partnership',
        '=HYPERLINK("http://evil.example","win") · 1 row · no partnership',
        'shared · 1 row · matches P-0003, P-0004',
      ]);
      expect(await page.textContent('#import')).toBe('Import 2 totals');
      await page.screenshot({ path: screenshotPath('import-dialog.png'), fullPage: true });
      await page.click('#import');
      await page.waitForSelector('.message.ok');
      expect(await page.textContent('.message.ok')).toBe(
        'Imported GA4 results from ga4.csv: 2 rows added. 3 rows matched no partnership and were not imported.',
      );
      expect(resultRows(addon).map((r) => [r.Key, r.Sessions])).toEqual([
        ['P-0001|2026-11|GA4', 200],
        ['P-0002|2026-11|GA4', 200],
      ]);
      // Again: nothing changes, and the dialog says so.
      await page.click('#import');
      await page.waitForSelector('text=/^Nothing changed/');
      expect([callsOf(served, 'getImportContext'), callsOf(served, 'importResults')]).toEqual([1, 2]);
      expect(requests.every((url) => url.startsWith(served.url))).toBe(true);
      expect([dialogs, errors]).toEqual([[], []]);
    });

    it('a corrected mapping is what gets written: Shopify’s Subtotal instead of Total', async () => {
      const { page } = await openDialog();
      await pick(page, 'orders_export.csv', SHOPIFY_CSV);
      await page.waitForSelector('#totals');
      expect(await page.inputValue('#source')).toBe('Shopify');
      expect(await page.locator('#notes li').allTextContents()).toEqual(['1 voided order left out.']);
      await page.selectOption('#map-sales', { label: 'Subtotal' });
      await page.waitForFunction("document.querySelector('#totals').textContent.includes('110.00')");
      await page.click('#import');
      await page.waitForSelector('.message.ok');
      const sales = new Map(resultRows(addon).map((r) => [r.Key, r['Attributed sales']]));
      expect(sales.get('P-0001|2026-11|Shopify')).toBe(110);
    });

    it('a producer’s YouTube export: the rows belong to the partnership picked', async () => {
      const { page } = await openDialog();
      await pick(page, 'youtube.csv', YOUTUBE_CSV);
      await page.waitForSelector('#problems');
      expect(await page.isDisabled('#import')).toBe(true);
      await page.selectOption('#whole-file', 'P-0001');
      await page.waitForSelector('#totals');
      await page.click('#import');
      await page.waitForSelector('.message.ok');
      expect(resultRows(addon).map((r) => [r.Key, r.Views, r.Engagement])).toEqual([
        ['P-0001|2026-11|YouTube', 15300, 1007],
      ]);
    });

    it('hostile files get a message and nothing is sent: 50 MB, no header, wrong delimiter, another currency', async () => {
      const { page, served } = await openDialog();
      // Over playwright's 50 MB buffer limit: a file on disk (sparse, so it costs nothing to make).
      const dir = mkdtempSync(join(tmpdir(), 'import-dialog-'));
      const huge = join(dir, 'huge.csv');
      writeFileSync(huge, '');
      truncateSync(huge, 50 * 1024 * 1024);
      await page.setInputFiles('#file', huge);
      rmSync(dir, { recursive: true, force: true });
      await page.waitForSelector('.message.error');
      expect(await page.textContent('.message.error')).toBe(
        'The file is 50.0 MB; the import reads files up to 30.0 MB. Export a shorter date range, or fewer columns.',
      );
      await pick(page, 'values.csv', 'P-0001,2026-11,120\nP-0002,2026-11,80\n');
      await page.waitForSelector('text=/has no header row/');
      await page.fill('#paste', 'Partnership ID|Month|Sessions\nP-0001|2026-11|3');
      await page.click('#read-paste');
      await page.waitForSelector('text=/not separated by commas, semicolons or tabs/');
      expect(await page.isDisabled('#import')).toBe(true);

      const assumptions = addon.emu.user.getValues('Assumptions');
      addon.emu.user.setValues('Assumptions', `B${assumptions.findIndex((r) => r[0] === 'Currency') + 1}`, [
        ['EUR'],
      ]);
      await page.reload();
      await page.waitForSelector('#file');
      await pick(page, 'orders_export.csv', SHOPIFY_CSV);
      await page.waitForSelector('#problems');
      expect(await page.textContent('#problems')).toContain(
        "The file's amounts are in USD, the workbook's in EUR",
      );
      expect(await page.isDisabled('#import')).toBe(true);
      expect(callsOf(served, 'importResults')).toBe(0);
      expect(addon.emu.spreadsheet.getSheetByName('Results')).toBeNull();
    });

    it('pasted text with a BOM, CRLF and quoted newlines is read like a file', async () => {
      const { page } = await openDialog();
      const text =
        '\uFEFFPartnership ID,Month,Sessions,Notes\r\nP-0001,2026-11,3,"two\r\nlines"\r\nP-0002,2026-11,4,x\r\n';
      await page.fill('#paste', text);
      await page.click('#read-paste');
      await page.waitForSelector('#totals');
      expect(await page.textContent('#summary')).toBe(
        '2 rows read: 2 attributed to 2 partnerships, 0 unattributed.',
      );
      await page.click('#import');
      await page.waitForSelector('.message.ok');
      expect(resultRows(addon).map((r) => r.Key)).toEqual([
        'P-0001|2026-11|Generic',
        'P-0002|2026-11|Generic',
      ]);
    });
  });
});
