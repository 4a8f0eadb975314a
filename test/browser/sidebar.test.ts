// The two sidebars in real headless Chromium (Debian's chromium driven by playwright-core). Each test
// serves the page the built add-on hands to Ui.showSidebar, with a google.script.run bridge to the
// add-on running in the emulator, and checks the spreadsheet afterwards.
import type { Page } from 'playwright-core';
import { SIDEBAR_API_NAMES } from '../../src/core/sidebar-contract';
import { BRIEF_VALUES } from '../integration/brief-helpers';
import { type Addon, freshAddon } from '../integration/harness';
import { cellOf, header, letter, NOW, promotionRow, typeRows } from '../integration/pipeline-helpers';
import { CHROMIUM, describeWith } from '../programs';
import { type ServedPage, serveSidebar } from './bridge';
import { chromiumForTests, screenshotPath } from './chromium';
import { type OpenedPage, servedPages } from './served-pages';

jest.setTimeout(60_000);

describeWith(CHROMIUM, 'the sidebars in Chromium', () => {
  const browser = chromiumForTests();
  let addon: Addon;
  const openPage = servedPages(browser);

  beforeEach(() => {
    addon = freshAddon({ timeZone: 'America/New_York' });
    addon.emu.setNow(NOW);
    addon.gas.setUpWorkbook();
    typeRows(addon, 2, [
      promotionRow('Ana Lopez', { Stage: 'Onboarding', Exclusivity: 'Category', Brief: '' }),
      promotionRow('Ben Okafor', { Stage: 'Negotiation' }),
    ]);
  });

  /** Opens a sidebar from the menu item and serves the page it showed, bridged to the add-on. */
  async function openSidebar(
    menuItem: 'openBriefBuilder' | 'openChecklists',
    delayMs = 0,
  ): Promise<OpenedPage> {
    addon.gas[menuItem]();
    const { html } = addon.emu.ui.sidebars.at(-1)!;
    const served = await serveSidebar({ html, gas: addon.gas, allowed: SIDEBAR_API_NAMES, delayMs });
    return openPage(served, { width: 300, height: 760 });
  }

  const callsOf = (served: ServedPage, name: string) => served.calls.filter((c) => c.name === name).length;

  /** The element that has the keyboard focus, by id. */
  const focusedId = (page: Page) =>
    page.evaluate<string>('document.activeElement ? document.activeElement.id : ""');

  async function fillRequired(page: Page): Promise<void> {
    await page.fill('#f-brand', BRIEF_VALUES.brand);
    await page.fill('#f-goal', BRIEF_VALUES.goal);
    await page.selectOption('#f-term', BRIEF_VALUES.term);
    await page.fill('#f-audienceProblem', BRIEF_VALUES.audienceProblem);
    await page.fill('#f-message1', BRIEF_VALUES.message1);
    await page.fill('#f-deliverables-0-item', 'Launch video');
    await page.fill('#f-deliverables-0-format', '8–10 min');
    await page.fill('#f-deliverables-0-draftDate', '2026-12-08');
    await page.fill('#f-deliverables-0-goLiveDate', '2026-12-15');
    await page.fill('#f-kickoffDate', BRIEF_VALUES.kickoffDate);
    await page.fill('#f-launchDate', BRIEF_VALUES.launchDate);
    await page.fill('#f-targetReach', BRIEF_VALUES.targetReach);
    await page.fill('#f-targetAttributedSales', BRIEF_VALUES.targetAttributedSales);
    await page.fill('#f-termination', BRIEF_VALUES.termination);
    if ((await page.inputValue('#f-exclusivity')) === '') await page.selectOption('#f-exclusivity', 'None');
  }

  describe('brief builder', () => {
    it('fills a brief, shows the live payout, UTM link and value-exchange gap, and writes the brief sheet', async () => {
      addon.emu.user.select('Pipeline', 'C2');
      const { page, served, requests, dialogs, errors } = await openSidebar('openBriefBuilder');
      await page.waitForSelector('#f-producer');
      expect(await page.inputValue('#f-producer')).toBe('Ana Lopez');
      expect(await page.inputValue('#f-exclusivity')).toBe('Direct competitors only');
      await fillRequired(page);
      await page.fill('#f-expectedSales', '25000');
      await expect(page.textContent('#payout-preview')).resolves.toBe('Payout at sales of 25000: $3,500.00');
      await page.fill('#f-landingUrl', 'https://shop.example.com/proofing');
      await expect(page.textContent('#utm-preview')).resolves.toBe(
        'https://shop.example.com/proofing?utm_source=YouTube&utm_medium=creator&utm_campaign=P-0001&utm_content=Ana%20Lopez',
      );
      await page.check('#c-producerExpects-4'); // Creative control
      await page.selectOption('#f-copyEditing', 'Heavy (rewrites copy)');
      await expect(page.textContent('#gaps')).resolves.toBe(
        'Gap: Creative control expected, but the brand plans heavy copy editing',
      );
      await page.setViewportSize({ width: 300, height: 1000 });
      await page.evaluate("document.getElementById('s-compensation').scrollIntoView()");
      await page.screenshot({ path: screenshotPath('sidebar-brief.png') });

      // Slow answers: the button is disabled while the call is in flight, and a double click submits once.
      served.setDelay(400);
      await page.dblclick('#create-brief');
      expect(await page.isDisabled('#create-brief')).toBe(true);
      await page.waitForSelector('.message.ok');
      expect(await page.textContent('.message.ok')).toBe(
        'Brief written to sheet "Brief P-0001". Its Brief cell links to the sheet.',
      );
      expect(await page.isDisabled('#create-brief')).toBe(false);
      expect(callsOf(served, 'createBrief')).toBe(1);
      // The page hands back the time zone its context brought, so the server need not ask again.
      const create = served.calls.find((c) => c.name === 'createBrief')!;
      expect(create.args[2]).toBe(addon.emu.spreadsheet.getSpreadsheetTimeZone());

      expect(cellOf(addon, 2, 'Brief')).toBe('Brief P-0001');
      const brief = addon.emu.user.getValues('Brief P-0001').flat();
      expect(brief).toEqual(
        expect.arrayContaining([
          BRIEF_VALUES.goal,
          'Launch video',
          'Gap: Creative control expected, but the brand plans heavy copy editing',
        ]),
      );
      expect(requests.every((url) => url.startsWith(served.url))).toBe(true);
      expect([dialogs, errors]).toEqual([[], []]);
    });

    it('keeps the draft: closing and reopening the sidebar loses nothing', async () => {
      addon.emu.user.select('Pipeline', 'C2');
      const first = await openSidebar('openBriefBuilder');
      await first.page.waitForSelector('#f-goal');
      await first.page.fill('#f-goal', 'Half-typed goal');
      await first.page.waitForSelector('text=/Draft saved/');
      await first.page.close();
      addon.emu.user.select('Pipeline', 'A1');
      const again = await openSidebar('openBriefBuilder');
      await again.page.selectOption('#partnership', 'P-0001');
      await again.page.waitForSelector('#f-goal');
      expect(await again.page.inputValue('#f-goal')).toBe('Half-typed goal');
      expect(await again.page.textContent('main')).toContain('Your draft from');
    });

    it('says in the page which other drafts made room for this one', async () => {
      // The user's store near its 400 KB of drafts, with drafts of another spreadsheet (older).
      const store = (
        addon.emu.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService
      ).getUserProperties();
      let bytes = 0;
      for (let i = 0; bytes < 400 * 1024 - 300; i++) {
        const key = `pp.briefDraft.${String(i).padStart(43, 'x')}`;
        const head = JSON.stringify({
          spreadsheetId: 'other',
          id: `P-${i}`,
          pieces: 1,
          savedAt: `2020-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
        });
        const piece = 'x'.repeat(Math.min(8000, 400 * 1024 - 300 - bytes));
        store.setProperties({ [key]: head, [`${key}#0`]: piece });
        bytes += Buffer.byteLength(key) * 2 + 2 + Buffer.byteLength(head) + piece.length;
      }
      addon.emu.user.select('Pipeline', 'C2');
      const { page } = await openSidebar('openBriefBuilder');
      await page.waitForSelector('#f-goal');
      await page.fill('#f-goal', 'A goal');
      await page.waitForSelector('text=/Draft saved/');
      expect(await page.textContent('main')).toMatch(
        /Draft saved \d\d:\d\d( [AP]M)?\. To make room, other drafts were removed: 1 of another spreadsheet \(the oldest\)\./,
      );
    });

    it('shows errors beside their fields and can be used with the keyboard alone', async () => {
      addon.emu.user.select('Pipeline', 'C2');
      const { page } = await openSidebar('openBriefBuilder');
      await page.waitForSelector('#f-brand');
      // Submit at once (Enter on the focused button): the first field needing attention gets the focus.
      await page.focus('#create-brief');
      await page.keyboard.press('Enter');
      expect(await focusedId(page)).toBe('f-brand');
      expect(await page.textContent('#e-brand')).toBe('Brand is required');
      expect(await page.getAttribute('#f-brand', 'aria-invalid')).toBe('true');

      // From the first field on, only Tab, typing, arrows and Enter.
      const typed: Record<string, string> = {
        'f-brand': 'Acme',
        'f-goal': BRIEF_VALUES.goal,
        'f-audienceProblem': BRIEF_VALUES.audienceProblem,
        'f-message1': BRIEF_VALUES.message1,
        'f-deliverables-0-item': 'Launch video',
        'f-kickoffDate': '12012026',
        'f-launchDate': '12152026',
        'f-targetReach': '50000',
        'f-targetAttributedSales': '25000',
        'f-termination': '30 days notice',
      };
      const seen = new Set<string>();
      for (let step = 0; step < 120; step++) {
        const id = await focusedId(page);
        if (id === 'create-brief') break;
        if (typed[id] !== undefined && !seen.has(id)) {
          seen.add(id);
          await page.keyboard.type(typed[id]);
        }
        if (id === 'f-term' && !seen.has(id)) {
          seen.add(id);
          await page.keyboard.press('ArrowDown'); // Pilot (1–3 months)
        }
        await page.keyboard.press('Tab');
      }
      expect([...seen].sort()).toEqual([...Object.keys(typed), 'f-term'].sort());
      expect(await page.inputValue('#f-term')).toBe('Pilot (1–3 months)');
      expect(await page.inputValue('#f-kickoffDate')).toBe('2026-12-01');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.message.ok');
      expect(addon.emu.user.getValues('Brief P-0001').flat()).toContain('30 days notice');
    });

    it('shows the server message when a call fails, and the button works again', async () => {
      addon.emu.user.select('Pipeline', 'C2');
      const { page, served } = await openSidebar('openBriefBuilder');
      await page.waitForSelector('#f-brand');
      await fillRequired(page);
      addon.emu.lock.heldElsewhere = true;
      await page.click('#create-brief');
      await page.waitForSelector('.message.error');
      expect(await page.textContent('.message.error')).toBe(
        'Another run is busy with this spreadsheet: try again in a moment.',
      );
      expect(await page.isDisabled('#create-brief')).toBe(false);
      addon.emu.lock.heldElsewhere = false;
      addon.emu.user.deleteRows('Pipeline', 2, 1);
      await page.click('#create-brief');
      await page.waitForSelector('text=/not in the Pipeline any more/');
      expect(callsOf(served, 'createBrief')).toBe(2);
      expect(addon.emu.spreadsheet.getSheetByName('Brief P-0001')).toBeNull();
    });

    it('shows a readable message, not a blank panel, when the Pipeline is missing', async () => {
      addon.emu.spreadsheet.deleteSheet(addon.emu.spreadsheet.getSheetByName('Pipeline')!);
      const { page } = await openSidebar('openBriefBuilder');
      await page.waitForSelector('.message.error');
      expect(await page.textContent('.message.error')).toBe(
        'There is no Pipeline sheet: run Set up workbook first.',
      );
      expect(await page.isVisible('button:has-text("Try again")')).toBe(true);
    });
  });

  describe('text from the sheet stays text', () => {
    it('a producer named like HTML or a formula: nothing executes, nothing becomes a formula', async () => {
      const producerColumn = letter(header(addon).indexOf('Producer') + 1);
      const html = '<img src=x onerror=alert(1)>';
      const formula = '=HYPERLINK("http://x","y")';
      // The apostrophe is how the text arrives in a cell (typed, imported or pasted as text).
      addon.emu.user.setValues('Pipeline', `${producerColumn}2:${producerColumn}3`, [
        [html],
        [`'${formula}`],
      ]);
      addon.emu.user.select('Pipeline', 'C3');
      const { page, requests, dialogs } = await openSidebar('openBriefBuilder');
      await page.waitForSelector('#f-producer');
      expect(await page.inputValue('#f-producer')).toBe(formula);
      const options = await page.locator('#partnership option').allTextContents();
      expect(options).toContain(`P-0001 · ${html} (Onboarding)`);
      expect(await page.locator('img').count()).toBe(0);
      await fillRequired(page);
      await page.fill('#f-message2', '=1+1');
      await page.fill('#f-message3', '@everyone');
      await page.click('#create-brief');
      await page.waitForSelector('.message.ok');

      const cells = addon.emu.user.snapshot('Brief P-0002').flat();
      expect(cells.filter((c) => c.formula !== '')).toEqual([]);
      expect(cells.map((c) => c.value)).toEqual(expect.arrayContaining([formula, '=1+1', '@everyone']));

      const checklists = await openSidebar('openChecklists');
      await checklists.page.selectOption('#partnership', 'P-0001');
      await checklists.page.waitForSelector('fieldset');
      expect(await checklists.page.locator('img').count()).toBe(0);
      expect([...dialogs, ...checklists.dialogs]).toEqual([]);
      expect([...requests, ...checklists.requests].some((url) => url.includes('/x'))).toBe(false);
    });
  });

  describe('opening a sidebar', () => {
    it('makes one server call, which brings everything the page shows', async () => {
      addon.emu.user.select('Pipeline', 'C2');
      const brief = await openSidebar('openBriefBuilder');
      await brief.page.waitForSelector('#f-producer');
      const checklists = await openSidebar('openChecklists');
      await checklists.page.waitForSelector('[data-item="onboarding.kickoff"]');
      // Nothing else follows once the page is drawn.
      await brief.page.waitForTimeout(300);
      expect(brief.served.calls.map((c) => c.name)).toEqual(['getBriefContext']);
      expect(checklists.served.calls.map((c) => c.name)).toEqual(['getChecklists']);
      expect(await checklists.page.textContent('[data-progress="onboarding"]')).toBe('0/5');
    });
  });

  describe('checklists', () => {
    it('ticks items, shows done/total, and finds them kept after a reload', async () => {
      addon.emu.user.select('Pipeline', 'C2');
      const { page, served } = await openSidebar('openChecklists');
      await page.waitForSelector('[data-item="onboarding.kickoff"]');
      expect(await page.textContent('[data-progress="onboarding"]')).toBe('0/5');
      await page.check('[data-item="onboarding.kickoff"]');
      await page.waitForSelector('text=/ticked \\d{4}-\\d{2}-\\d{2}/');
      // Keyboard: Tab to the next item and tick it with Space.
      await page.focus('[data-item="onboarding.kickoff"]');
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('item-onboarding-timeline');
      await page.keyboard.press('Space');
      await expect(
        page.waitForFunction(
          'document.querySelector(\'[data-progress="onboarding"]\').textContent === "2/5"',
        ),
      ).resolves.toBeTruthy();
      await page.check('[data-item="decision.objective"]');
      await page.waitForFunction(
        'document.querySelector(\'[data-progress="decision"]\').textContent === "1/6"',
      );
      expect(callsOf(served, 'setChecklistTick')).toBe(3);
      await page.screenshot({ path: screenshotPath('sidebar-checklists.png') });

      addon.emu.user.sortRows('Pipeline', 2, header(addon).indexOf('Producer') + 1, false);
      addon.emu.user.select('Pipeline', 'C3'); // Ana Lopez, after sorting
      await page.reload();
      await page.waitForSelector('[data-item="onboarding.kickoff"]');
      expect(await page.textContent('[data-progress="onboarding"]')).toBe('2/5');
      expect(await page.isChecked('[data-item="onboarding.kickoff"]')).toBe(true);
      expect(await page.isChecked('[data-item="onboarding.timeline"]')).toBe(true);
      expect(await page.isChecked('[data-item="onboarding.samples"]')).toBe(false);
    });

    it('puts a failed tick back and shows why', async () => {
      addon.emu.user.select('Pipeline', 'C2');
      const { page } = await openSidebar('openChecklists');
      await page.waitForSelector('[data-item="decision.vetted"]');
      addon.emu.lock.heldElsewhere = true;
      await page.check('[data-item="decision.vetted"]', { force: true }).catch(() => undefined);
      await page.waitForSelector('.message.error');
      expect(await page.textContent('.message.error')).toContain('busy');
      expect(await page.isChecked('[data-item="decision.vetted"]')).toBe(false);
    });
  });
});
