// The hidden "Checklist ticks" sheet through the built bundle: found by one TextFinder search, kept
// protected with a warning, and pruned by Validate all rows.
import { unwrap } from '../../emulator/counting';
import { envOf } from '../../emulator/env';
import { EmuTextFinder } from '../../emulator/text-finder';
import { type Addon, freshAddon } from './harness';
import { cellOf, header, NOW, promotionRow, typeCell, typeRows } from './pipeline-helpers';

const TICKS = 'Checklist ticks';
let addon: Addon;

beforeEach(() => {
  addon = freshAddon({ timeZone: 'America/New_York' });
  addon.emu.setNow(NOW);
  addon.gas.setUpWorkbook();
  typeRows(addon, 2, [
    promotionRow('Ana Lopez', { Stage: 'Onboarding' }),
    promotionRow('Ben Okafor', { Stage: 'Negotiation' }),
    promotionRow('Cleo Park', { Stage: 'Discovery' }),
  ]);
});

const tick = (id: string, item: string, ticked = true) => addon.gas.setChecklistTick(id, item, ticked);
const ticksSheet = () => addon.emu.spreadsheet.getSheetByName(TICKS)!;
const tickIds = () =>
  addon.emu.user
    .getValues(TICKS, `A2:A${Math.max(2, ticksSheet().getLastRow())}`)
    .map((r) => r[0])
    .filter((v) => v !== '');
const progress = (result: { lists: { key: string; progress: string }[] }, key: string) =>
  result.lists.find((l) => l.key === key)?.progress;

describe('the ticks sheet', () => {
  it('is hidden and protected with a warning when the first tick makes it', () => {
    tick('P-0001', 'decision.objective');
    const sheet = ticksSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    const [protection] = sheet.getProtections(SpreadsheetProtection());
    expect(protection.isWarningOnly()).toBe(true);
    expect(protection.getDescription()).toMatch(/Open checklists/);
  });

  it('made before protection existed, is protected by Validate all rows', () => {
    tick('P-0001', 'decision.objective');
    ticksSheet().getProtections(SpreadsheetProtection())[0].remove();
    addon.gas.validateAllRows();
    expect(ticksSheet().getProtections(SpreadsheetProtection())[0].isWarningOnly()).toBe(true);
  });
});

/** ProtectionType.SHEET as the script sees it. */
function SpreadsheetProtection(): GoogleAppsScript.Spreadsheet.ProtectionType {
  return (addon.emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).ProtectionType
    .SHEET;
}

describe('one tick', () => {
  const cost = (run: () => unknown) => {
    addon.emu.calls.reset();
    run();
    return addon.emu.calls.roundTrips();
  };

  it('costs at most 3 round trips when the Status stays as it is, and 6 when it changes', () => {
    tick('P-0003', 'decision.objective'); // makes the sheet; learns where everything is
    // The first search to reach the hidden sheet checks, once, that the sheet is hidden.
    expect(cost(() => tick('P-0003', 'decision.vetted'))).toBe(4);
    const before = cellOf(addon, 2, 'Status');
    // Ana is at Onboarding: her Onboarding list is not "passed", so no warning can change.
    expect(cost(() => tick('P-0001', 'onboarding.kickoff'))).toBeLessThanOrEqual(3);
    expect(cost(() => tick('P-0001', 'onboarding.kickoff'))).toBeLessThanOrEqual(2); // already ticked: no write
    expect(cellOf(addon, 2, 'Status')).toBe(before);
    // Her Discovery list is passed and 0/3: a tick changes its warning, so the row is checked again.
    expect(cost(() => tick('P-0001', 'discovery.rubric'))).toBeLessThanOrEqual(6);
    expect(cellOf(addon, 2, 'Status')).toContain('Discovery checklist 1/3');
  });

  it('finds its rows after sorting, and the Pipeline row it warns in', () => {
    tick('P-0002', 'negotiation.usage');
    addon.emu.user.sortRows('Pipeline', 2, header(addon).indexOf('Producer') + 1, false);
    const cleoRow = [2, 3, 4].find((r) => cellOf(addon, r, 'Producer') === 'Cleo Park')!;
    const anaRow = [2, 3, 4].find((r) => cellOf(addon, r, 'Producer') === 'Ana Lopez')!;
    expect(progress(tick('P-0002', 'negotiation.scope'), 'negotiation')).toBe('2/6');
    tick('P-0001', 'discovery.pitch');
    expect(String(cellOf(addon, anaRow, 'Status'))).toContain('Discovery checklist 1/3');
    expect(String(cellOf(addon, cleoRow, 'Status'))).not.toContain('checklist');
    // The ID of a first tick is written as text, whatever it looks like.
    expect(tickIds()).toEqual(['P-0002', 'P-0001']);
  });

  it('still works when what it remembered is out of date: a replaced sheet, an ID column moved', () => {
    tick('P-0001', 'decision.objective');
    addon.emu.spreadsheet.deleteSheet(ticksSheet());
    expect(progress(tick('P-0001', 'decision.vetted'), 'decision')).toBe('1/6');
    expect(tickIds()).toEqual(['P-0001']);
    // The Pipeline's ID column moved: found by reading the sheet again.
    const sheet = addon.emu.spreadsheet.getSheetByName('Pipeline')!;
    sheet.insertColumnBefore(1);
    expect(progress(tick('P-0001', 'decision.review'), 'decision')).toBe('2/6');
    // An ID typed with spaces around it is found the same way (the search matches whole cells).
    const idColumn = header(addon).indexOf('ID') + 1;
    addon.emu.user.setValues('Pipeline', `${String.fromCharCode(64 + idColumn)}3`, [[' P-0002 ']]);
    expect(progress(tick('P-0002', 'negotiation.usage'), 'negotiation')).toBe('1/6');
  });

  it('refuses a partnership that left the Pipeline, even with its row of ticks still there', () => {
    tick('P-0003', 'decision.objective');
    addon.emu.user.deleteRows('Pipeline', 4, 1);
    expect(() => tick('P-0003', 'decision.vetted')).toThrow(/not in the Pipeline any more/);
  });
});

describe('if a search of the whole spreadsheet skipped hidden sheets', () => {
  // Google's reference does not say; a test-local finder that skips them shows nothing is lost.
  beforeEach(() => {
    const raw = unwrap(addon.emu.spreadsheet) as unknown as {
      sheetList(): { isSheetHidden(): boolean; usedRect(): object[] }[];
      createTextFinder(text: string): unknown;
    };
    const env = envOf(addon.emu);
    raw.createTextFinder = (text: string) =>
      new EmuTextFinder(
        env,
        () =>
          raw
            .sheetList()
            .filter((sheet) => !sheet.isSheetHidden())
            .flatMap((sheet) => sheet.usedRect().map((rect) => ({ sheet, ...rect }))) as never,
        text,
      );
  });

  it('a tick finds its row in the ticks sheet alone, never adds a second one, and shows every tick', () => {
    tick('P-0001', 'decision.objective');
    tick('P-0001', 'decision.vetted');
    expect(progress(tick('P-0001', 'decision.review'), 'decision')).toBe('3/6');
    expect(tickIds()).toEqual(['P-0001']);
    expect(addon.gas.getChecklists('P-0001').lists[0].progress).toBe('3/6');
    typeCell(addon, 2, 'Niche', 'Baking'); // an edit reads the row's ticks the same way
    expect(String(cellOf(addon, 2, 'Status'))).toContain('Discovery checklist 0/3');
  });
});

describe('Validate all rows', () => {
  it('drops the ticks of IDs that left the Pipeline and rows with no tick left, keeping the rest as they were', () => {
    tick('P-0001', 'decision.objective');
    tick('P-0002', 'negotiation.usage');
    tick('P-0003', 'decision.objective');
    tick('P-0003', 'decision.objective', false); // fully unticked
    const kept = addon.emu.user.getValues(TICKS, 'A2:AI2')[0];
    // Ben renamed: his old ID leaves; Ana stays.
    typeCell(addon, 3, 'ID', 'BEN-1');
    addon.gas.validateAllRows();
    expect(tickIds()).toEqual(['P-0001']);
    expect(addon.emu.user.getValues(TICKS, 'A2:AI2')[0]).toEqual(kept);
    expect(ticksSheet().getLastRow()).toBe(2);
    expect(addon.gas.getChecklists('P-0001').lists[0].progress).toBe('1/6');
  });

  it('keeps an ID that looks like a number or a formula as text', () => {
    typeCell(addon, 2, 'ID', "'007");
    tick('007', 'decision.objective');
    typeCell(addon, 3, 'ID', "'=1+1");
    tick('=1+1', 'decision.objective');
    tick('P-0003', 'decision.objective');
    addon.emu.user.deleteRows('Pipeline', 4, 1); // P-0003 leaves, so the others are rewritten
    addon.gas.validateAllRows();
    expect(tickIds()).toEqual(['007', '=1+1']);
  });
});
