// Edits Sheets can make that a one-range emulator could not: a Ctrl-selected multi-range clear or
// paste (one onEdit, e.range only one of the ranges), a time-driven run without a document lock,
// and blank checkbox cells that read FALSE (so getLastRow is the sheet's last row).
import { type Addon, freshAddon } from './harness';
import { cellOf, columnOf, header, letter, NOW, promotionRow, rowValues, typeRows } from './pipeline-helpers';

function setUp(options = {}): Addon {
  const a = freshAddon({ timeZone: 'America/New_York', ...options });
  a.emu.setNow(NOW);
  a.gas.setUpWorkbook();
  return a;
}

/**
 * Blank values for rows first..last over the columns people type in (Producer to Debrief done), as a
 * person clears them: the add-on's ID and Status cells stay, so a stale Status would show.
 */
function blankRows(a: Addon, first: number, last: number): [string, unknown[][]] {
  const names = header(a);
  const from = names.indexOf('Producer') + 1;
  const to = names.indexOf('Debrief done') + 1;
  const rows = Array.from({ length: last - first + 1 }, () => new Array(to - from + 1).fill(''));
  return [`${letter(from)}${first}:${letter(to)}${last}`, rows];
}

describe('a Ctrl-selected multi-range edit', () => {
  it('a clear of two row ranges leaves no stale Status in either', () => {
    const a = setUp();
    typeRows(
      a,
      2,
      ['A', 'B', 'C', 'D', 'E', 'F'].map((p) => promotionRow(p)),
    );
    expect(columnOf(a, 'Status', 2, 7)).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'OK']);
    // Rows 3 and 6 cleared together; Sheets' event names only the last range.
    const event = a.emu.user.editRanges('Pipeline', [blankRows(a, 3, 3), blankRows(a, 6, 6)]);
    expect(event.range.getRow()).toBe(6);
    a.gas.onEdit(event);
    expect(columnOf(a, 'Status', 2, 7)).toEqual(['OK', '', 'OK', 'OK', '', 'OK']);
  });

  it('a paste into two ranges validates the rows of both, in a bounded number of calls', () => {
    const a = setUp();
    const names = header(a);
    const bad = rowValues(names, promotionRow('Bad', { 'Contract signed': false }));
    const good = rowValues(names, promotionRow('Good'));
    const blank = (row: unknown[]) => row.map((v, i) => (['Score', 'Payout'].includes(names[i]) ? '' : v));
    const width = letter(names.length);
    a.emu.calls.reset();
    const event = a.emu.user.editRanges('Pipeline', [
      [`A2:${width}2`, [blank(bad)]],
      [`A40:${width}40`, [blank(good)]],
    ]);
    a.gas.onEdit(event);
    expect(cellOf(a, 2, 'Status')).toBe('1 error: Contract not signed');
    expect(cellOf(a, 40, 'Status')).toBe('OK');
    expect(cellOf(a, 2, 'ID')).toBe('P-0001');
    expect(cellOf(a, 40, 'ID')).toBe('P-0002');
    expect(a.emu.calls.roundTrips()).toBeLessThanOrEqual(8);
    expect(a.emu.calls.byMethod()['Range.getValues']).toBe(2);
  });

  it('a one-range edit is unchanged: only its rows are read', () => {
    const a = setUp();
    typeRows(a, 2, [promotionRow('Ada')]);
    a.emu.calls.reset();
    typeRows(a, 30, [promotionRow('Bo')]);
    expect(cellOf(a, 30, 'Status')).toBe('OK');
    const reads = a.emu.calls.byMethod()['Range.getValues'];
    expect(reads).toBe(2);
  });
});

describe('the scheduled forecast without a document lock', () => {
  it('runs under the script lock instead of failing every month', () => {
    const a = setUp();
    typeRows(a, 2, [promotionRow('Ada')]);
    a.emu.lock.outsideDocument = true;
    expect(() => a.gas.runScheduledForecast({ authMode: 'FULL', triggerUid: '1' })).not.toThrow();
    const values = a.emu.user.getValues('Forecast');
    expect(values.some((row) => row.includes('scheduled run'))).toBe(true);
    expect(a.emu.lock.maxHeld).toBe(1);
  });

  it('still gives up when that lock is busy, and says so by throwing (Apps Script emails the owner)', () => {
    const a = setUp();
    a.emu.lock.outsideDocument = true;
    a.emu.lock.heldElsewhere = true;
    expect(() => a.gas.runScheduledForecast({})).toThrow(/busy/);
  });
});

describe('blank checkbox cells that read FALSE', () => {
  it('Validate all rows treats those rows as blank and stays within its calls', () => {
    const a = setUp({ blankCheckboxesReadFalse: true });
    typeRows(a, 2, [promotionRow('Ada'), promotionRow('Bo', { Disclosure: false })]);
    expect(a.emu.spreadsheet.getSheetByName('Pipeline')!.getLastRow()).toBe(1000);
    a.emu.calls.reset();
    a.gas.validateAllRows();
    expect(a.emu.ui.toasts.at(-1)?.message).toMatch(/^Validated 2 rows: 1 OK, 1 with errors/);
    expect(a.emu.calls.roundTrips()).toBeLessThanOrEqual(6);
    expect(columnOf(a, 'Status', 2, 5)).toEqual(['OK', '1 error: Disclosure missing', '', '']);
    expect(columnOf(a, 'ID', 2, 5)).toEqual(['P-0001', 'P-0002', '', '']);
    expect(columnOf(a, 'Status', 999, 1000)).toEqual(['', '']);
  });

  it('an edit of a blank row (a box ticked and unticked) writes nothing', () => {
    const a = setUp({ blankCheckboxesReadFalse: true });
    const names = header(a);
    const col = letter(names.indexOf('Disclosure') + 1);
    a.gas.onEdit(a.emu.user.edit('Pipeline', `${col}500`, [[false]]));
    expect(cellOf(a, 500, 'Status')).toBe('');
    expect(cellOf(a, 500, 'ID')).toBe('');
  });

  it('the forecast treats those rows as blank, with the same calls as without them', () => {
    const run = (blankCheckboxesReadFalse: boolean) => {
      const a = setUp({ blankCheckboxesReadFalse });
      typeRows(a, 2, [promotionRow('Ada')]);
      a.emu.calls.reset();
      a.gas.runMonthlyForecast();
      expect(a.emu.ui.alerts).toEqual([]);
      expect(a.emu.ui.toasts.at(-1)?.message).toMatch(/^Forecast updated: 1 partnership in month 1/);
      return { calls: a.emu.calls.byMethod(), forecast: a.emu.user.getValues('Forecast') };
    };
    const withFalse = run(true);
    const without = run(false);
    expect(withFalse.calls).toEqual(without.calls);
    const runAt = (values: unknown[][]) => values.filter((row) => row[0] !== 'Run at');
    expect(runAt(withFalse.forecast)).toEqual(runAt(without.forecast));
  });

  it('Set up run twice changes nothing the second time', () => {
    const a = setUp({ blankCheckboxesReadFalse: true });
    a.gas.setUpWorkbook();
    expect(a.emu.ui.toasts.at(-1)?.message).toBe('The workbook is already set up: nothing changed.');
  });
});

describe('the README’s promises under these behaviours', () => {
  it('de_DE, blank checkboxes reading FALSE and a Ctrl-selected paste: nothing outside ID and Status changes, and a second Set up changes nothing', () => {
    const a = setUp({ locale: 'de_DE', blankCheckboxesReadFalse: true });
    typeRows(a, 2, [promotionRow('Ada'), promotionRow('Bo')]);
    const names = header(a);
    const owned = new Set([names.indexOf('ID'), names.indexOf('Status')]);
    const userCells = () =>
      JSON.stringify(a.emu.user.snapshot('Pipeline').map((row) => row.filter((_, c) => !owned.has(c))));
    // Someone's own formula in an ID cell.
    const id = letter(names.indexOf('ID') + 1);
    a.emu.user.setValues('Pipeline', `${id}3`, [['=B3']]);
    const brief = letter(names.indexOf('Brief') + 1);
    const event = a.emu.user.editRanges('Pipeline', [
      [`${brief}2`, [['v2']]],
      [`${brief}6:${brief}7`, [['x'], ['y']]],
    ]);
    const before = userCells();
    a.gas.onEdit(event);
    expect(userCells()).toBe(before);
    expect(a.emu.user.cell('Pipeline', `${id}3`).formula).toBe('=B3');
    expect(columnOf(a, 'Status', 2, 5)).toEqual(['OK', 'OK', '', '']);
    for (const status of columnOf(a, 'Status', 6, 7))
      expect(String(status)).toMatch(/^\d+ errors?: Producer missing/);
    a.gas.setUpWorkbook();
    expect(a.emu.ui.toasts.at(-1)?.message).toBe('The workbook is already set up: nothing changed.');
    expect(userCells()).toBe(before);
  });
});
