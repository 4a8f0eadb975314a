// End to end: the playground page in headless Chromium (Debian's, driven by playwright-core), on a
// copy of the shipped example, with the real built bundle. The dist folder of these tests holds
// dist/ plus one more script file, Test.js, loaded into the same global scope as Apps Script loads a
// project's files: it adds a small test sidebar (a page that calls google.script.run) to the menu.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { type RunningServer, startServer } from '../../playground/server';
import { PlaygroundSession } from '../../playground/session';
import { STAGES } from '../../src/core/lifecycle/pipeline';
import { DIST } from '../integration/harness';
import { EXAMPLE_SHEETS } from '../playground/example-sheets';
import { CHROMIUM, describeWith } from '../programs';
import { launchChromium, screenshotPath } from './chromium';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'partnerships.xlsx');

// A sidebar page as HtmlService serves one: inline script, google.script.run only.
const TEST_SIDEBAR = `<!DOCTYPE html><html><head><base target="_top"></head><body>
<p id="out">ready</p>
<button id="brief" onclick="makeBrief()">Create brief</button>
<button id="private" onclick="callPrivate()">Call a private function</button>
<button id="date" onclick="sendDate()">Send a date</button>
<script>
function show(text) { document.getElementById('out').textContent = text; }
function makeBrief() {
  google.script.run.withSuccessHandler(function (r, who) { show('created ' + r.sheet + ' for ' + who); })
    .withFailureHandler(function (e) { show('failed: ' + e.message); })
    .withUserObject('P-0023')
    .createTestBrief('P-0023', '=HYPERLINK("http://evil.example")');
}
function callPrivate() {
  google.script.run.withFailureHandler(function (e) { show(e.name + ': ' + e.message); }).secret_();
}
function sendDate() {
  google.script.run.withFailureHandler(function (e) { show(e.message); }).createTestBrief(new Date());
}
</script></body></html>`;

// List values a script could put in a dropdown: markup that must show as text, a formula that must
// be stored as text when picked.
const HOSTILE_ITEMS = [
  '<img src=x onerror="window.__pwned=1">',
  '<b>bold</b>',
  '=HYPERLINK("http://evil.example")',
];

const TEST_SCRIPT = `
// Test.js: a second script file, as a project can have. It keeps the add-on's onOpen and adds a menu.
onOpen = function (e) {
  ProducerPartnerships.onOpen(e);
  SpreadsheetApp.getUi().createMenu('Test')
    .addItem('Open test sidebar', 'openTestSidebar')
    .addItem('Fail on purpose', 'failOnPurpose')
    .addItem('Add a hostile dropdown', 'addHostileDropdown')
    .addItem('Add a strict dropdown', 'addStrictDropdown')
    .addToUi();
};
function openTestSidebar() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(${JSON.stringify(TEST_SIDEBAR)}).setTitle('Test brief'));
}
function failOnPurpose() { throw new Error('Something went wrong on purpose'); }
function secret_() { return 'never'; }
function addStrictDropdown() {
  var sheet = SpreadsheetApp.getActive().getSheetByName('Pipeline');
  var rule = SpreadsheetApp.newDataValidation().requireValueInList(['Ana', 'Ben'], true)
    .setAllowInvalid(false).build();
  sheet.getRange('K36').setDataValidation(rule); // Owner, below the README's picture
}
function addHostileDropdown() {
  var sheet = SpreadsheetApp.getActive().getSheetByName('Pipeline');
  var rule = SpreadsheetApp.newDataValidation()
    .requireValueInList(${JSON.stringify(HOSTILE_ITEMS)}, true).build();
  sheet.getRange('D35').setDataValidation(rule); // Niche, a column without a rule of its own
}
function createTestBrief(id, note) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = ss.getSheetByName('Brief') || ss.insertSheet('Brief');
  sheet.getRange(1, 1, 2, 2).setValues([['Partnership', id], ['Note', "'" + note]]);
  return { sheet: 'Brief' };
}
`;

interface Document {
  title: string;
}

/** Waits until a locator's text matches (the page updates after the server answers); throws if never. */
async function waitText(locator: Locator, expected: string | RegExp, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  let last = '';
  while (Date.now() < end) {
    last =
      (await locator
        .first()
        .textContent({ timeout: 1000 })
        .catch(() => '')) ?? '';
    if (typeof expected === 'string' ? last === expected : expected.test(last)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected text ${String(expected)}, last seen: "${last}"`);
}

/** Waits until an input's value is the expected one. */
async function waitValue(locator: Locator, expected: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  let last = '';
  while (Date.now() < end) {
    last = await locator.inputValue({ timeout: 1000 }).catch(() => '');
    if (last === expected) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected value "${expected}", last seen: "${last}"`);
}

/** A, B, ..., AA for a 0-based column index. */
const columnLetters = (index: number): string =>
  index < 26
    ? String.fromCharCode(65 + index)
    : columnLetters(Math.floor(index / 26) - 1) + columnLetters(index % 26);

const waitContains = (locator: Locator, part: string) =>
  waitText(locator, new RegExp(part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

describeWith(CHROMIUM, 'the playground in a browser', () => {
  let dir = '';
  let dist = '';
  let file = '';
  let browser: Browser;
  let session: PlaygroundSession;
  let server: RunningServer;
  let page: Page;

  async function serve(): Promise<void> {
    session = await PlaygroundSession.open(dist, file, 'America/New_York');
    server = await startServer(session, { port: 0 });
  }

  async function openPage(): Promise<void> {
    page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="grid"][data-ready]');
  }

  const gridReady = async (sheet: string) => {
    await page.waitForSelector(`[data-testid="grid"][data-sheet="${sheet}"][data-ready]`);
  };

  /** Waits until every toast has faded, so a screenshot shows the sheet itself. */
  const toastsGone = () =>
    page.waitForFunction(
      () =>
        (
          globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
        ).document.querySelectorAll('.toast').length === 0,
      undefined,
      { timeout: 10_000 },
    );

  /** The text of a cell of the grid on screen (0-based column and row). */
  const cell = (x: number, y: number) =>
    page.locator(`[data-testid="grid"] td[data-x="${x}"][data-y="${y}"]`);

  async function header(): Promise<string[]> {
    const names: string[] = [];
    for (let x = 0; x < 27; x++) names.push((await cell(x, 0).textContent()) ?? '');
    return names;
  }

  /**
   * Runs an action that calls the server at `path`, and waits until the page has drawn the state it
   * answered with: the grid is rebuilt after the answer arrives, and a click on the old grid would be
   * lost with it.
   */
  async function rebuiltAfter(path: string, action: () => Promise<void>): Promise<void> {
    const before = await page.locator('[data-testid="grid"]').getAttribute('data-ready');
    const reply = page.waitForResponse((r) => r.url().endsWith(path));
    await action();
    await reply;
    await page.waitForFunction(
      (stamp) =>
        (
          globalThis as unknown as { document: { querySelector(s: string): { dataset: { ready?: string } } } }
        ).document.querySelector('[data-testid="grid"]').dataset.ready !== stamp,
      before,
    );
  }

  async function runMenu(caption: string): Promise<void> {
    await page.click('[data-testid="menu-extensions"]');
    await rebuiltAfter('/api/run', () => page.click(`[data-testid="menu:${caption}"]`));
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'e2e-'));
    dist = join(dir, 'dist');
    mkdirSync(dist);
    copyFileSync(join(DIST, 'Code.js'), join(dist, 'Code.js'));
    copyFileSync(join(DIST, 'appsscript.json'), join(dist, 'appsscript.json'));
    writeFileSync(join(dist, 'Test.js'), TEST_SCRIPT);
    file = join(dir, 'partnerships.xlsx');
    copyFileSync(EXAMPLE, file);
    browser = await launchChromium();
    await serve();
    await openPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens the workbook with its sheets as tabs and the menu onOpen registered', async () => {
    await expect(page.locator('[data-testid="tabs"] button').allTextContents()).resolves.toEqual([
      ...EXAMPLE_SHEETS,
    ]);
    expect(await cell(1, 1).textContent()).toBe('Ada Makes');
    await page.click('[data-testid="menu-extensions"]');
    const items = await page.locator('.menu-item').allTextContents();
    const addonItems = session.addon.emu.ui.menus[0].items.filter((i) => i.caption !== '---');
    expect(items.slice(0, addonItems.length)).toEqual(addonItems.map((i) => i.caption));
    await page.keyboard.press('Escape');
    await page.mouse.click(700, 500);
    // The formula bar shows a formula cell's formula, the grid its value.
    const names = await header();
    await cell(names.indexOf('Score'), 0).click();
    await expect(page.locator('[data-testid="formula-bar"]').inputValue()).resolves.toBe(
      '={"Score"; PRODUCER_SCORE(F2:F, G2:G, H2:H)}',
    );
    // The script sees the selection (getActiveRange), as a sidebar working on the selected row needs.
    const active = () => session.addon.emu.spreadsheet.getActiveRange()?.getA1Notation();
    for (let i = 0; i < 50 && active() !== 'I1'; i++) await new Promise((r) => setTimeout(r, 100));
    expect(active()).toBe('I1');
  });

  it('changing a Stage so that a row breaks a rule updates its Status (onEdit)', async () => {
    const names = await header();
    const stage = names.indexOf('Stage');
    const status = names.indexOf('Status');
    expect(await cell(1, 7).textContent()).toBe('Gus Gardens'); // a Negotiation row, OK
    expect(await cell(status, 7).textContent()).toBe('OK');
    await cell(stage, 7).click();
    const reply = page.waitForResponse((r) => r.url().endsWith('/api/edit'));
    await page.keyboard.type('Promotion');
    await page.keyboard.press('Enter');
    await reply;
    await gridReady('Pipeline');
    await waitText(cell(status, 7), /errors?.*Contract not signed/);
  });

  /** Runs an action that sends an edit, and waits until the grid is rebuilt from the server's answer. */
  const editAndRebuild = (action: () => Promise<void>) => rebuiltAfter('/api/edit', action);

  /** Opens a dropdown cell's list with a click on its arrow, as in Sheets. */
  async function openDropdown(x: number, y: number): Promise<Locator> {
    const target = cell(x, y);
    // A person clicks a cell on screen: bring it there first (earlier tests scrolled the grid). A
    // locator click waits until nothing covers the arrow: a toast of an earlier test (fixed at the
    // bottom left for 6 s) can lie over a cell near the bottom, and a click there would hit the toast.
    await target.scrollIntoViewIfNeeded();
    const box = (await target.boundingBox())!;
    await target.click({ position: { x: box.width - 8, y: box.height / 2 } });
    const list = page.locator('[data-testid="dropdown-list"]');
    await list.waitFor();
    return list;
  }

  it('picks a Stage from the dropdown and sees the Status update (onEdit)', async () => {
    await runMenu('Set up workbook'); // the file keeps the dropdowns; Set up adds the checkboxes again
    await gridReady('Pipeline');
    const names = await header();
    const stage = names.indexOf('Stage');
    const status = names.indexOf('Status');
    expect(await cell(1, 2).textContent()).toBe('Bea Bakes'); // Discovery, OK
    expect(await cell(status, 2).textContent()).toBe('OK');
    const list = await openDropdown(stage, 2);
    await expect(list.locator('.dropdown-item').allTextContents()).resolves.toEqual([...STAGES]);
    const reply = page.waitForResponse((r) => r.url().endsWith('/api/edit'));
    await list.getByRole('option', { name: 'Onboarding', exact: true }).click();
    await reply;
    await gridReady('Pipeline');
    await expect(page.locator('[data-testid="dropdown-list"]').count()).resolves.toBe(0);
    expect(await cell(stage, 2).textContent()).toBe('Onboarding');
    await waitText(cell(status, 2), /errors?.*Contract not signed/);
    expect(session.addon.emu.user.cell('Pipeline', `${columnLetters(stage)}3`).value).toBe('Onboarding');
  });

  it('ticks a checkbox: TRUE in the emulator and in the saved .xlsx, and the Status updates', async () => {
    const names = await header();
    const signed = names.indexOf('Contract signed');
    const status = names.indexOf('Status');
    expect(await cell(1, 12).textContent()).toBe('Lou Lifts');
    expect(await cell(status, 12).textContent()).toBe('1 error: Contract not signed');
    const box = cell(signed, 12).locator('input[type="checkbox"]');
    expect(await box.isChecked()).toBe(false);
    const reply = page.waitForResponse((r) => r.url().endsWith('/api/edit'));
    await box.click();
    await reply;
    await gridReady('Pipeline');
    await waitText(cell(status, 12), 'OK');
    expect(await cell(signed, 12).locator('input[type="checkbox"]').isChecked()).toBe(true);
    const a1 = `${columnLetters(signed)}13`;
    expect(session.addon.emu.user.cell('Pipeline', a1).value).toBe(true);

    const saved = page.waitForResponse((r) => r.url().endsWith('/api/save'));
    await page.click('[data-testid="save"]');
    expect((await saved).status()).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.getWorksheet('Pipeline')!.getCell(a1).value).toBe(true);
  });

  it('works from the keyboard: typing filters a dropdown, ↓ and Enter pick; the space bar ticks', async () => {
    const names = await header();
    const stage = names.indexOf('Stage');
    const signed = names.indexOf('Contract signed');
    expect(await cell(1, 3).textContent()).toBe('Cal Codes');
    await cell(stage, 3).scrollIntoViewIfNeeded();
    await cell(stage, 3).click({ position: { x: 5, y: 5 } });
    await page.keyboard.type('ne');
    const list = page.locator('[data-testid="dropdown-list"] .dropdown-item:visible');
    await expect(list.allTextContents()).resolves.toEqual(['Negotiation', 'Renewal']);
    await editAndRebuild(async () => {
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    });
    expect(session.addon.emu.user.cell('Pipeline', `${columnLetters(stage)}4`).value).toBe('Negotiation');
    await cell(signed, 3).scrollIntoViewIfNeeded();
    await cell(signed, 3).click({ position: { x: 5, y: 5 } });
    await editAndRebuild(() => page.keyboard.press(' '));
    expect(session.addon.emu.user.cell('Pipeline', `${columnLetters(signed)}4`).value).toBe(true);
  });

  it('shows hostile dropdown values as text, and a pick is stored as the text itself', async () => {
    await runMenu('Add a hostile dropdown');
    await gridReady('Pipeline');
    const view = session.state().sheets.find((s) => s.name === 'Pipeline')!;
    const key = Object.keys(view.widgetCells).find((k) => {
      const widget = view.widgets[view.widgetCells[k]];
      return widget.kind === 'dropdown' && widget.options[0] === HOSTILE_ITEMS[0];
    })!;
    const [y, x] = key.split(',').map(Number);
    let list = await openDropdown(x, y);
    await expect(list.locator('.dropdown-item').allTextContents()).resolves.toEqual(HOSTILE_ITEMS);
    await expect(page.locator('img, [data-testid="dropdown-list"] b').count()).resolves.toBe(0);
    await editAndRebuild(() => list.getByRole('option', { name: HOSTILE_ITEMS[0], exact: true }).click());
    await waitText(cell(x, y), HOSTILE_ITEMS[0]);
    expect(session.addon.emu.user.cell('Pipeline', `${columnLetters(x)}${y + 1}`).value).toBe(
      HOSTILE_ITEMS[0],
    );
    // A formula offered in a list is picked as text, never run.
    list = await openDropdown(x, y);
    await editAndRebuild(() => list.getByRole('option', { name: HOSTILE_ITEMS[2], exact: true }).click());
    const picked = session.addon.emu.user.cell('Pipeline', `${columnLetters(x)}${y + 1}`);
    expect(picked.value).toBe(HOSTILE_ITEMS[2]);
    expect(picked.formula).toBe('');
    await expect(page.locator('[data-testid="grid"] img').count()).resolves.toBe(0);
    await expect(page.evaluate('window.__pwned')).resolves.toBeUndefined();
  });

  it('marks an entry off the list (Show a warning) and refuses one under Reject the input', async () => {
    await runMenu('Add a strict dropdown');
    await gridReady('Pipeline');
    const names = await header();
    const owner = names.indexOf('Owner');
    const stage = names.indexOf('Stage');
    const before = session.addon.emu.user.cell('Pipeline', 'K36').value;
    await cell(owner, 35).scrollIntoViewIfNeeded();
    await cell(owner, 35).click({ position: { x: 5, y: 5 } });
    await editAndRebuild(async () => {
      await page.keyboard.type('Zed');
      await page.keyboard.press('Enter');
    });
    await waitText(
      page.locator('[data-testid="error"]'),
      /There was a problem with K36: Input must be an item on the specified list\./,
    );
    await page.click('[data-testid="error"] .close');
    expect(session.addon.emu.user.cell('Pipeline', 'K36').value).toBe(before);
    expect(await cell(owner, 35).textContent()).toBe(String(before));
    // Stage shows a warning instead: the entry is kept and the cell carries the note.
    await cell(stage, 35).click({ position: { x: 5, y: 5 } });
    await editAndRebuild(async () => {
      await page.keyboard.type('Launch');
      await page.keyboard.press('Enter');
    });
    expect(session.addon.emu.user.cell('Pipeline', `${columnLetters(stage)}36`).value).toBe('Launch');
    await expect(cell(stage, 35).getAttribute('class')).resolves.toContain('jss_comments');
  });

  it('shows cell text as text: markup typed into a cell never becomes HTML on the page', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    const names = await header();
    const producer = names.indexOf('Producer');
    // Row 39, below the README's picture.
    await cell(producer, 38).click();
    const reply = page.waitForResponse((r) => r.url().endsWith('/api/edit'));
    await page.keyboard.type(hostile);
    await page.keyboard.press('Enter');
    await reply;
    await gridReady('Pipeline');
    await waitText(cell(producer, 38), hostile);
    await expect(page.locator('[data-testid="grid"] img, [data-testid="grid"] td b').count()).resolves.toBe(
      0,
    );
    await expect(page.evaluate('window.__pwned')).resolves.toBeUndefined();
    expect(session.addon.emu.user.cell('Pipeline', 'B39').value).toBe(hostile);
  });

  it('shows the Payouts sheet: September paid, October approved (the README’s picture)', async () => {
    await page.click('[data-testid="tab:Payouts"]');
    await gridReady('Payouts');
    const values = session.addon.emu.user.getValues('Payouts');
    const names = values[0].map(String);
    for (const [x, name] of names.entries()) expect(await cell(x, 0).textContent()).toBe(name);
    // Row y of the grid is row y + 1 of the sheet: y = 0 is the header.
    const october = values.findIndex((r) => r[names.indexOf('Month')] === '2026-10');
    const status = names.indexOf('Status');
    expect(await cell(status, 1).textContent()).toBe('paid');
    expect(await cell(status, october).textContent()).toBe('approved');
    expect(await cell(names.indexOf('Total due'), 1).textContent()).toMatch(/^\$?\d{1,3}(,\d{3})*\.\d\d$/);
    await toastsGone();
    await page.screenshot({ path: screenshotPath('playground-payouts.png') });
    await page.click('[data-testid="tab:Pipeline"]');
    await gridReady('Pipeline');
  });

  it('runs the forecast from the menu and shows the Forecast sheet with its numbers', async () => {
    await runMenu('Run monthly forecast');
    await waitContains(page.locator('.toast').first(), 'Forecast updated');
    await page.click('[data-testid="tab:Forecast"]');
    await gridReady('Forecast');
    const text = (await page.locator('[data-testid="grid"] tbody').textContent()) ?? '';
    expect(text).toContain('Payback');
    expect(text).toMatch(/month \d+/);
    expect(text).toMatch(/\$?\d{1,3}(,\d{3})+/);
    await page.click('[data-testid="tab:Pipeline"]');
    await gridReady('Pipeline');
  });

  it('shows the bundle’s errors on the page', async () => {
    await runMenu('Fail on purpose');
    await waitContains(page.locator('[data-testid="error"]'), 'Something went wrong on purpose');
    await page.click('[data-testid="error"] .close');
  });

  it('runs a sidebar the bundle opens unchanged, with google.script.run bridged to the server', async () => {
    await runMenu('Open test sidebar');
    await waitText(page.locator('[data-testid="sidebar-title"]'), 'Test brief');
    const frame = page.frameLocator('[data-testid="sidebar-frame"]');
    await frame.locator('#brief').click();
    await waitText(frame.locator('#out'), 'created Brief for P-0023');
    await page.click('[data-testid="tab:Brief"]');
    await gridReady('Brief');
    expect(await cell(1, 0).textContent()).toBe('P-0023');
    expect(await cell(1, 1).textContent()).toBe('=HYPERLINK("http://evil.example")'); // text, not a formula
    await frame.locator('#private').click();
    await waitText(frame.locator('#out'), 'ScriptError: Script function not found: secret_');
    await frame.locator('#date').click();
    await waitText(frame.locator('#out'), /illegal value: arguments\[0\] is a Date/);
    // The server unreachable: the page still answers the sidebar, whose failure handler hears it.
    await page.route('**/api/script-run', (route) => route.abort());
    await frame.locator('#brief').click();
    await waitText(frame.locator('#out'), 'failed: NetworkError: connection failure due to HTTP 0');
    await page.unroute('**/api/script-run');
    // The page relays only its sidebar frame's messages: one posted from anywhere else runs nothing.
    const relayed: string[] = [];
    const onRequest = (r: { url(): string }) => {
      if (r.url().endsWith('/api/script-run')) relayed.push(r.url());
    };
    page.on('request', onRequest);
    await page.evaluate(
      `window.postMessage({ type: 'gs-run', id: 99, functionName: 'failOnPurpose', args: [] }, '*')`,
    );
    await new Promise((r) => setTimeout(r, 500));
    page.off('request', onRequest);
    expect(relayed).toEqual([]);
    // The sidebar runs in an opaque origin: it cannot read the page or its token.
    const reach = await frame.locator('body').evaluate(() => {
      try {
        return String((globalThis as unknown as { parent: { document: Document } }).parent.document.title);
      } catch {
        return 'blocked';
      }
    });
    expect(reach).toBe('blocked');
  });

  it('creates a brief from the brief builder sidebar and shows its sheet', async () => {
    await page.click('[data-testid="tab:Pipeline"]');
    await gridReady('Pipeline');
    // The brief builder works on the selected row: P-0022, Vic Vinyl, in Co-creation.
    await cell(1, 22).click();
    const active = () => session.addon.emu.spreadsheet.getActiveRange()?.getA1Notation();
    for (let i = 0; i < 50 && active() !== 'B23'; i++) await new Promise((r) => setTimeout(r, 100));
    expect(active()).toBe('B23');
    await runMenu('Open brief builder');
    const frame = page.frameLocator('[data-testid="sidebar-frame"]');
    await waitValue(frame.locator('#f-producer'), 'Vic Vinyl');
    await frame.locator('#f-brand').fill('Acme');
    await frame.locator('#f-goal').fill('Grow trial sign-ups among home bakers');
    await frame.locator('#f-term').selectOption('Pilot (1–3 months)');
    await frame.locator('#f-audienceProblem').fill('Records that warp in a hot flat');
    await frame.locator('#f-message1').fill('The sleeve keeps vinyl flat at 30 °C');
    await frame.locator('#f-deliverables-0-item').fill('Episode segment');
    await frame.locator('#f-deliverables-0-format').fill('3 min read');
    await frame.locator('#f-deliverables-0-draftDate').fill('2026-12-08');
    await frame.locator('#f-deliverables-0-goLiveDate').fill('2026-12-15');
    await frame.locator('#f-kickoffDate').fill('2026-12-01');
    await frame.locator('#f-launchDate').fill('2026-12-15');
    await frame.locator('#f-targetReach').fill('20000');
    await frame.locator('#f-targetAttributedSales').fill('8000');
    await frame.locator('#f-termination').fill('30 days written notice by either side');
    if ((await frame.locator('#f-exclusivity').inputValue()) === '') {
      await frame.locator('#f-exclusivity').selectOption('None');
    }
    await frame.locator('#create-brief').click();
    await waitContains(frame.locator('.message.ok'), 'Brief written to sheet "Brief P-0022"');
    await page.click('[data-testid="tab:Brief P-0022"]');
    await gridReady('Brief P-0022');
    const text = (await page.locator('[data-testid="grid"] tbody').textContent()) ?? '';
    expect(text).toContain('Grow trial sign-ups among home bakers');
    expect(text).toContain('Episode segment');

    // The README's picture: the Pipeline with the brief builder open, once the toasts have gone.
    await page.click('[data-testid="tab:Pipeline"]');
    await gridReady('Pipeline');
    await toastsGone();
    await page.screenshot({ path: screenshotPath('playground.png') });
  });

  it('refuses a request from another origin open in the same browser', async () => {
    const other: Server = createServer((_, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!doctype html><title>other site</title>');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      const evil = await browser.newPage();
      await evil.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
      const toasts = session.addon.emu.ui.toasts.length;
      const outcome = await evil.evaluate(async (target) => {
        const results: string[] = [];
        // A simple request (no preflight) and a JSON request (preflight), both without the token.
        for (const type of ['text/plain', 'application/json']) {
          try {
            const r = await fetch(`${target}api/run`, {
              method: 'POST',
              headers: { 'Content-Type': type },
              body: JSON.stringify({ functionName: 'validateAllRows' }),
            });
            results.push(String(r.status));
          } catch {
            results.push('blocked');
          }
        }
        return results;
      }, server.url);
      // Either the browser blocks it or the server answers 403; the add-on never runs.
      for (const r of outcome) expect(['blocked', '403']).toContain(r);
      expect(session.addon.emu.ui.toasts.length).toBe(toasts);
      await evil.close();
    } finally {
      other.close();
    }
  });

  it('saves, and after a restart of the server everything is kept', async () => {
    const reply = page.waitForResponse((r) => r.url().endsWith('/api/save'));
    await page.click('[data-testid="save"]');
    expect((await reply).status()).toBe(200);
    await page.close();
    await server.close();
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK'); // a zip, written whole

    await serve();
    await openPage();
    expect(await page.locator('[data-testid="tabs"] button').allTextContents()).toEqual(
      expect.arrayContaining(['Pipeline', 'Assumptions', 'Actuals', 'Forecast', 'Brief', 'Brief P-0022']),
    );
    const names = await header();
    expect(await cell(names.indexOf('Stage'), 7).textContent()).toBe('Promotion');
    await waitText(cell(names.indexOf('Status'), 7), /Contract not signed/);
    await page.click('[data-testid="tab:Forecast"]');
    await gridReady('Forecast');
    expect((await page.locator('[data-testid="grid"] tbody').textContent()) ?? '').toContain('Payback');
  });

  it('copies values, not the cells’ HTML: a checkbox copies as TRUE, markup as its text', async () => {
    await page.click('[data-testid="tab:Pipeline"]');
    await runMenu('Set up workbook'); // checkboxes are not kept in the file
    await gridReady('Pipeline');
    const names = await header();
    const copied = page.locator('[data-testid="grid"] textarea.jss_textarea');
    const copy = async (x: number, y: number) => {
      await cell(x, y).scrollIntoViewIfNeeded();
      await cell(x, y).click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+c');
      // The grid puts the copied text in its own textarea for the browser's copy command.
      return copied.inputValue();
    };
    const signed = names.indexOf('Contract signed');
    await expect(cell(signed, 12).locator('input[type="checkbox"]').isChecked()).resolves.toBe(true);
    await expect(copy(signed, 12)).resolves.toBe('TRUE');
    await expect(copy(names.indexOf('Producer'), 38)).resolves.toBe(
      '"<img src=x onerror=""window.__pwned=1""><b>bold</b>"',
    );
  });
});
