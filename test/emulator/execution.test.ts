// Executions as Apps Script runs them: what each authorization mode lets a script call, runs without
// a containing document, and time limits modelled from round trips and compute time.
import { createEmulator, loadBundle, ROUND_TRIP_MS, TIME_LIMIT_MS } from '../../emulator';

const SCRIPT = `
function menuOnly() { SpreadsheetApp.getUi().createAddonMenu().addItem('Go', 'go').addToUi(); return 'menu'; }
function readProperties() { return PropertiesService.getDocumentProperties().getProperty('x'); }
function readSheet() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue(); }
function listTriggers() { return ScriptApp.getProjectTriggers().length; }
function openSidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>x</p>')); }
function openOther() { return SpreadsheetApp.openById(SpreadsheetApp.getActiveSpreadsheet().getId()).getName(); }
function manyReads(n) { var r = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1'); for (var i = 0; i < n; i++) r.getValue(); return n; }
function active() { return SpreadsheetApp.getActiveSpreadsheet(); }
function caught(f) { try { f(); return 'ran'; } catch (e) { return (e instanceof Error) + ': ' + e.message; } }
`;

function setUp(options = {}) {
  const emu = createEmulator(options);
  const gas = loadBundle(SCRIPT, emu);
  emu.user.setValues('Sheet1', 'A1', [['hello']]);
  return { emu, gas };
}

describe('authorization modes (editor add-on lifecycle)', () => {
  it('NONE: only the add-on menu; the document and its properties are out of reach', () => {
    const { emu, gas } = setUp();
    expect(emu.execute('simpleTrigger', () => gas.menuOnly(), { authMode: 'NONE' }).value).toBe('menu');
    expect(emu.ui.menus[0].items).toEqual([{ caption: 'Go', functionName: 'go' }]);
    const run = (name: string) =>
      emu.execute('simpleTrigger', () => gas.caught(gas[name]), { authMode: 'NONE' }).value;
    expect(run('readProperties')).toMatch(/^true: Exception: You do not have permission to call Properties/);
    expect(run('readSheet')).toMatch(/^true: Exception: You do not have permission to call Spreadsheet/);
  });

  it('LIMITED: the current file and its properties, but no triggers, other files or sidebars', () => {
    const { emu, gas } = setUp();
    const run = (name: string) => emu.execute('simpleTrigger', () => gas.caught(gas[name])).value;
    expect(run('readSheet')).toBe('ran');
    expect(run('readProperties')).toBe('ran');
    expect(run('listTriggers')).toBe(
      'true: Exception: You do not have permission to call ScriptApp.getProjectTriggers. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
    expect(run('openSidebar')).toMatch(
      /call Ui\.showSidebar\. Required permissions: .*script\.container\.ui$/,
    );
    expect(run('openOther')).toMatch(
      /call SpreadsheetApp\.openById\. Required permissions: .*auth\/spreadsheets$/,
    );
    expect(emu.ui.sidebars).toEqual([]);
  });

  it('FULL: everything, within the manifest’s scopes when they are given', () => {
    const { emu, gas } = setUp();
    expect(emu.execute('menu', () => gas.caught(gas.listTriggers)).value).toBe('ran');
    expect(emu.execute('menu', () => gas.caught(gas.openOther)).value).toBe('ran');
    const narrow = setUp({ oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] });
    expect(narrow.emu.execute('menu', () => narrow.gas.caught(narrow.gas.openOther)).value).toMatch(
      /call SpreadsheetApp\.openById\. Required permissions/,
    );
    // Outside execute() the emulator runs as before: FULL, every scope.
    expect(gas.caught(gas.openSidebar)).toBe('ran');
  });

  it('a run without a containing document has no active spreadsheet, no Ui and no document lock', () => {
    const { emu, gas } = setUp();
    const run = emu.execute('timeDriven', () => gas.active(), { documentContext: false });
    expect(run.value).toBeNull();
    expect(emu.execute('timeDriven', () => gas.caught(gas.menuOnly), { documentContext: false }).value).toBe(
      'true: Exception: Cannot call SpreadsheetApp.getUi() from this context.',
    );
    const LockService = emu.globals.LockService as GoogleAppsScript.Lock.LockService;
    expect(
      emu.execute('timeDriven', () => LockService.getDocumentLock(), { documentContext: false }).value,
    ).toBeNull();
    expect(gas.active()).not.toBeNull();
  });
});

describe('time limits', () => {
  it('models a run as round trips × 7 ms plus compute time', () => {
    const { emu, gas } = setUp();
    const run = emu.execute('menu', () => gas.manyReads(100));
    expect(ROUND_TRIP_MS).toBe(7);
    expect(run.roundTrips).toBe(101); // getSheets, then 100 getValue
    expect(run.modelMs).toBeCloseTo(101 * 7 + run.computeMs, 5);
    expect(run.limitMs).toBe(TIME_LIMIT_MS.menu);
  });

  it('stops a simple trigger past 30 s and a menu run past 6 minutes, as Apps Script does', () => {
    const { emu, gas } = setUp();
    // 30 s / 7 ms = 4,286 round trips.
    expect(() => emu.execute('simpleTrigger', () => gas.manyReads(4300))).toThrow(
      /^Exceeded maximum execution time \(30 s modelled: 4301 round trips/,
    );
    expect(emu.execute('menu', () => gas.manyReads(4300)).modelMs).toBeGreaterThan(30_000);
    const slow = setUp({ roundTripMs: 100 });
    expect(() => slow.emu.execute('menu', () => slow.gas.manyReads(3600))).toThrow(/limit 360 s\)$/);
  });
});
