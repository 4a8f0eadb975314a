// The Pipeline through the built bundle: Set up workbook, onEdit as people type and paste, Validate
// all rows, and the promise that nothing outside the ID and Status columns ever changes.
import { PIPELINE_COLUMNS, STAGES } from '../../src/core/pipeline';
import { type Addon, freshAddon, plain } from './harness';
import {
  cellOf,
  columnOf,
  day,
  header,
  letter,
  NOW,
  promotionRow,
  rowValues,
  typeCell,
  typeRows,
} from './pipeline-helpers';

const HEADERS: string[] = Object.values(PIPELINE_COLUMNS);
let addon: Addon;

function setUp(options = {}): Addon {
  const a = freshAddon({ timeZone: 'America/New_York', ...options });
  a.emu.setNow(NOW);
  a.gas.setUpWorkbook();
  return a;
}

/** Every cell of the Pipeline except the ID and Status columns, for "nothing else changed" checks. */
function userCells(a: Addon) {
  const names = header(a);
  const owned = new Set([names.indexOf('ID'), names.indexOf('Status')]);
  return plain(a.emu.user.snapshot('Pipeline').map((row) => row.filter((_, c) => !owned.has(c))));
}

beforeEach(() => {
  addon = setUp();
});

describe('onOpen', () => {
  it('builds the add-on menu and, in AuthMode.NONE, does nothing else', () => {
    const fresh = freshAddon();
    fresh.gas.onOpen({ authMode: 'NONE' });
    expect(fresh.emu.ui.menus).toEqual([
      {
        title: 'Producer Partnerships',
        items: [
          { caption: 'Set up workbook', functionName: 'setUpWorkbook' },
          { caption: 'Validate all rows', functionName: 'validateAllRows' },
          { caption: 'Assess program maturity', functionName: 'assessProgramMaturity' },
          { caption: '---', functionName: '' },
          { caption: 'Run monthly forecast', functionName: 'runMonthlyForecast' },
          { caption: 'Schedule monthly forecast', functionName: 'scheduleMonthlyForecast' },
          { caption: 'Stop monthly forecast', functionName: 'stopMonthlyForecast' },
          { caption: '---', functionName: '' },
          { caption: 'Help', functionName: 'showHelp' },
        ],
      },
    ]);
    const touched = Object.keys(fresh.emu.calls.byMethod());
    expect(
      touched.every((m) => m.startsWith('Ui.') || m.startsWith('Menu.') || m === 'SpreadsheetApp.getUi'),
    ).toBe(true);
  });

  it('onInstall builds the same menu', () => {
    const fresh = freshAddon();
    fresh.gas.onInstall({ authMode: 'FULL' });
    expect(fresh.emu.ui.menus[0].items.map((i) => i.functionName)).toContain('validateAllRows');
  });

  it('Help explains the add-on in an alert', () => {
    addon.gas.showHelp();
    expect(addon.emu.ui.alerts.at(-1)?.prompt).toMatch(/PRODUCER_SCORE/);
  });
});

describe('Set up workbook', () => {
  it('lays out the Pipeline headers in order, frozen, with dropdowns, checkboxes, formats and formulas', () => {
    const { emu } = addon;
    expect(header(addon).slice(0, HEADERS.length)).toEqual(HEADERS);
    const sheet = emu.spreadsheet.getSheetByName('Pipeline')!;
    expect(sheet.getFrozenRows()).toBe(1);
    const col = (name: string) => letter(HEADERS.indexOf(name) + 1);
    expect(emu.user.cell('Pipeline', `${col('Stage')}2`).validation).toContain('Discovery');
    expect(emu.user.cell('Pipeline', `${col('Stage')}999`).validation).toContain('Renewal');
    expect(emu.user.cell('Pipeline', `${col('Platform')}2`).validation).toContain('YouTube');
    expect(emu.user.cell('Pipeline', `${col('Exclusivity')}2`).validation).toContain('Category');
    for (const name of ['Contract signed', 'Disclosure', 'Debrief done']) {
      expect(emu.user.cell('Pipeline', `${col(name)}2`).validation).toMatch(/CHECKBOX/);
    }
    expect(emu.user.cell('Pipeline', `${col('Commission')}2`).numberFormat).toBe('0.0%');
    expect(emu.user.cell('Pipeline', `${col('Base fee')}5`).numberFormat).toBe('$#,##0.00');
    expect(emu.user.cell('Pipeline', `${col('Start date')}2`).numberFormat).toBe('yyyy-mm-dd');
    expect(emu.user.cell('Pipeline', `${col('Score')}1`).formula).toBe(
      '={"Score"; PRODUCER_SCORE(F2:F, G2:G, H2:H)}',
    );
    expect(emu.user.cell('Pipeline', `${col('Payout')}1`).formula).toBe(
      '={"Payout"; HYBRID_PAYOUT(N2:N, O2:O, P2:P)}',
    );
    // Checkboxes come from validation alone: no FALSE values that would make every row look used.
    expect(sheet.getLastRow()).toBe(1);
  });

  it('creates the Assumptions sheet with labelled defaults', () => {
    const values = addon.emu.user.getValues('Assumptions');
    expect(values[0]).toEqual(['Assumption', 'Value', 'Notes']);
    const byLabel = Object.fromEntries(values.slice(1).map((r) => [r[0], r[1]]));
    expect(byLabel).toMatchObject({
      'Months to forecast': 12,
      'Hidden cost rate': 0.15,
      'Ramp months': 3,
      'Conservative return multiple': 3,
      'Base return multiple': 4,
      'Optimistic return multiple': 5,
      'New partnerships per month': 0,
    });
    // Read as the month of each run, so a scheduled forecast moves with the calendar.
    expect(byLabel['Start month']).toBe('this month');
  });

  it('running it twice changes nothing the second time', () => {
    typeRows(addon, 2, [promotionRow('Ada')]);
    const before = plain(['Pipeline', 'Assumptions'].map((s) => addon.emu.user.snapshot(s)));
    const rules = addon.emu.spreadsheet.getSheetByName('Pipeline')!.getConditionalFormatRules().length;
    addon.gas.setUpWorkbook();
    expect(plain(['Pipeline', 'Assumptions'].map((s) => addon.emu.user.snapshot(s)))).toEqual(before);
    expect(addon.emu.spreadsheet.getSheetByName('Pipeline')!.getConditionalFormatRules()).toHaveLength(rules);
    expect(addon.emu.ui.toasts.at(-1)?.message).toBe('The workbook is already set up: nothing changed.');
  });

  it('repairs an existing sheet by adding missing columns after the user’s, never overwriting', () => {
    const a = freshAddon();
    a.emu.user.setValues('Pipeline', 'A1:D3', [
      ['Producer', 'My notes', 'stage ', 'Score'],
      ['Ada', 'likes cats', 'Discovery', 77],
      ['Bo', '=1+1', 'Exit', ''],
    ]);
    a.emu.user.setValues('Assumptions', 'A1:B2', [
      ['Assumption', 'Value'],
      ['Months to forecast', 24],
    ]);
    const before = plain(a.emu.user.getValues('Pipeline', 'A1:D3'));
    a.gas.setUpWorkbook();
    expect(plain(a.emu.user.getValues('Pipeline', 'A1:D3'))).toEqual(before);
    expect(a.emu.user.cell('Pipeline', 'B3').formula).toBe('=1+1');
    const names = header(a);
    expect(names.slice(0, 4)).toEqual(['Producer', 'My notes', 'stage ', 'Score']);
    // 'stage ' is the Stage column (case and spaces ignored), so no second Stage is added.
    expect(new Set(names.filter(Boolean))).toEqual(
      new Set([...HEADERS.filter((h) => h !== 'Stage'), 'My notes', 'stage ']),
    );
    // Score holds the user's numbers, so no formula is put over them.
    expect(a.emu.user.cell('Pipeline', 'D1').formula).toBe('');
    expect(a.emu.ui.toasts.at(-1)?.message).toMatch(/left Score as it is/);
    const assumptions = a.emu.user.getValues('Assumptions');
    expect(assumptions[1]).toEqual(['Months to forecast', 24, '']);
    expect(assumptions.map((r) => r[0])).toContain('Ramp months');
  });
});

describe('Set up workbook on sheets people have shaped', () => {
  it('keeps a user’s own dropdowns and formats cell by cell, and fills only the cells without one', () => {
    const sheet = addon.emu.spreadsheet.getSheetByName('Pipeline')!;
    const col = (name: string) => HEADERS.indexOf(name) + 1;
    const mine = ownDropdown(addon, ['Substack', 'Patreon']);
    sheet.getRange(3, col('Platform'), 998, 1).setDataValidation(mine);
    sheet.getRange(2, col('Platform')).clearDataValidations();
    sheet.getRange(3, col('Base fee'), 998, 1).setNumberFormat('€#,##0');
    sheet.getRange(2, col('Base fee')).setNumberFormat('General');
    sheet.insertRowsAfter(1000, 10);
    addon.gas.setUpWorkbook();
    expect(addon.emu.user.cell('Pipeline', `${letter(col('Platform'))}2`).validation).toContain('YouTube');
    expect(addon.emu.user.cell('Pipeline', `${letter(col('Platform'))}3`).validation).toContain('Substack');
    expect(addon.emu.user.cell('Pipeline', `${letter(col('Platform'))}1005`).validation).toContain('YouTube');
    expect(addon.emu.user.cell('Pipeline', `${letter(col('Base fee'))}2`).numberFormat).toBe('$#,##0.00');
    expect(addon.emu.user.cell('Pipeline', `${letter(col('Base fee'))}500`).numberFormat).toBe('€#,##0');
    expect(addon.emu.user.cell('Pipeline', `${letter(col('Stage'))}1010`).validation).toContain('Discovery');
    expect(addon.emu.ui.toasts.at(-1)?.message).toMatch(/extended the Status highlighting to every row/);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(2);
    expect(rules[0].getRanges()[0].getA1Notation()).toBe(
      `${letter(col('Status'))}2:${letter(col('Status'))}1010`,
    );
  });

  it('a Pipeline trimmed to its header row and a full Assumptions sheet are grown, not crashed on', () => {
    const a = freshAddon();
    a.emu.user.setValues('Pipeline', 'A1:B1', [['Producer', 'Stage']]);
    const pipeline = a.emu.spreadsheet.getSheetByName('Pipeline')!;
    pipeline.deleteRows(2, pipeline.getMaxRows() - 1);
    a.emu.user.setValues('Assumptions', 'A1:B2', [
      ['Assumption', 'Value'],
      ['Months to forecast', 6],
    ]);
    const assumptions = a.emu.spreadsheet.getSheetByName('Assumptions')!;
    assumptions.deleteRows(3, assumptions.getMaxRows() - 2);
    a.gas.setUpWorkbook();
    expect(pipeline.getMaxRows()).toBe(1000);
    expect(a.emu.user.getValues('Assumptions').map((r) => r[0])).toContain('Ramp months');
    expect(a.emu.user.getValues('Assumptions')[1]).toEqual(['Months to forecast', 6, '']);
  });
});

/** A dropdown rule made through the emulated service, as a person's own list. */
function ownDropdown(a: Addon, values: string[]) {
  const app = a.emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return app.newDataValidation().requireValueInList(values, true).build();
}

describe('onEdit', () => {
  it('a new row gets an ID and a Status, and the Score and Payout formulas fill in', () => {
    typeRows(addon, 2, [promotionRow('Ada')]);
    expect(cellOf(addon, 2, 'ID')).toBe('P-0001');
    expect(cellOf(addon, 2, 'Status')).toBe('OK');
    expect(cellOf(addon, 2, 'Score')).toBeCloseTo(86.67, 2);
    expect(cellOf(addon, 2, 'Payout')).toBe(1500);
  });

  it('single-cell edits re-check the row, and the issue’s status line appears', () => {
    typeRows(addon, 2, [promotionRow('Ada')]);
    typeCell(addon, 2, 'Contract signed', false);
    typeCell(addon, 2, 'Disclosure', false);
    typeCell(addon, 2, 'Revision rounds', 3);
    expect(cellOf(addon, 2, 'Status')).toBe(
      '2 errors, 1 warning: Contract not signed; Disclosure missing; 3 revision rounds (max 2)',
    );
    typeCell(addon, 2, 'Contract signed', true);
    typeCell(addon, 2, 'Disclosure', true);
    typeCell(addon, 2, 'Revision rounds', 2);
    expect(cellOf(addon, 2, 'Status')).toBe('OK');
    expect(cellOf(addon, 2, 'ID')).toBe('P-0001');
  });

  it('edits on other sheets and in AuthMode.NONE return at once', () => {
    addon.emu.calls.reset();
    addon.gas.onEdit(addon.emu.user.edit('Assumptions', 'B2', [[99]]));
    expect(addon.emu.calls.roundTrips()).toBe(1); // Sheet.getName
    expect(addon.emu.calls.total('properties') + addon.emu.calls.total('lock')).toBe(0);
    const event = addon.emu.user.edit('Pipeline', 'B2', [['Ada']]);
    addon.emu.calls.reset();
    addon.gas.onEdit({ ...event, authMode: 'NONE' });
    expect(addon.emu.calls.total()).toBe(0);
    expect(cellOf(addon, 2, 'Status')).toBe('');
  });

  it('a pasted block validates every row with one read and one write per column', () => {
    const records = Array.from({ length: 500 }, (_, i) =>
      i % 2 ? promotionRow(`Producer ${i}`) : { ...promotionRow(`Producer ${i}`), Disclosure: false },
    );
    addon.emu.calls.reset();
    typeRows(addon, 2, records);
    expect(addon.emu.calls.roundTrips()).toBeLessThanOrEqual(6);
    expect(addon.emu.calls.byMethod()['Range.setValues']).toBe(2);
    const statuses = columnOf(addon, 'Status', 2, 501);
    expect(statuses.filter((s) => s === 'OK')).toHaveLength(250);
    expect(statuses.filter((s) => s === '1 error: Disclosure missing')).toHaveLength(250);
    const ids = columnOf(addon, 'ID', 2, 501);
    expect(new Set(ids).size).toBe(500);
    expect(ids[499]).toBe('P-0500');
  });

  it('one edited row costs the same service calls with 10 rows or 10,000', () => {
    const cost = (rows: number) => {
      const a = setUp();
      typeRows(
        a,
        2,
        Array.from({ length: rows }, (_, i) => promotionRow(`P${i}`)),
      );
      a.emu.calls.reset();
      typeCell(a, Math.ceil(rows / 2) + 1, 'Revision rounds', 3);
      return { roundTrips: a.emu.calls.roundTrips(), all: a.emu.calls.total('spreadsheet') };
    };
    const small = cost(10);
    expect(cost(10000)).toEqual(small);
    expect(small.roundTrips).toBeLessThanOrEqual(6);
  });

  it('pasted rows that carry IDs push new IDs past them', () => {
    typeRows(addon, 2, [promotionRow('Ada', { ID: 'P-0001' }), promotionRow('Bo', { ID: 'P-0007' })]);
    typeRows(addon, 4, [promotionRow('Cy')]);
    expect(columnOf(addon, 'ID', 2, 4)).toEqual(['P-0001', 'P-0007', 'P-0008']);
  });

  it('Set up on a tracker that already has IDs never hands them out again', () => {
    const a = freshAddon();
    a.emu.user.setValues('Pipeline', 'A1:B3', [
      ['ID', 'Producer'],
      ['P-0041', 'Ada'],
      ['', 'Bo'],
    ]);
    a.gas.setUpWorkbook();
    typeCell(a, 3, 'Producer', 'Bo');
    expect(columnOf(a, 'ID', 2, 3)).toEqual(['P-0041', 'P-0042']);
  });

  it('clearing a range clears the Status of emptied rows but keeps their IDs', () => {
    typeRows(addon, 2, [promotionRow('Ada'), promotionRow('Bo')]);
    const names = header(addon);
    const blank = names.map(() => '');
    const values = [blank, blank].map((row) => row.map((v, i) => (names[i] === 'ID' ? undefined : v)));
    // People clear everything but the ID (Delete key over B2:Z3).
    addon.gas.onEdit(
      addon.emu.user.edit(
        'Pipeline',
        `B2:${letter(names.length - 1)}3`,
        values.map((r) => r.slice(1, -1) as unknown[]),
      ),
    );
    expect(columnOf(addon, 'Status', 2, 3)).toEqual(['', '']);
    expect(columnOf(addon, 'ID', 2, 3)).toEqual(['P-0001', 'P-0002']);
  });

  it('sorting moves IDs with their rows, and stage history follows the ID, not the row number', () => {
    typeRows(addon, 2, [
      { ...promotionRow('Zed'), Stage: 'Negotiation' },
      { ...promotionRow('Amy'), Stage: 'Discovery' },
    ]);
    expect(columnOf(addon, 'ID', 2, 3)).toEqual(['P-0001', 'P-0002']);
    addon.emu.user.sortRows('Pipeline', 2, header(addon).indexOf('Producer') + 1);
    expect(columnOf(addon, 'Producer', 2, 3)).toEqual(['Amy', 'Zed']);
    expect(columnOf(addon, 'ID', 2, 3)).toEqual(['P-0002', 'P-0001']);
    // Zed (now row 3) jumps from Negotiation to Promotion; Amy (row 2) moves one step.
    typeCell(addon, 3, 'Stage', 'Promotion');
    typeCell(addon, 2, 'Stage', 'Negotiation');
    expect(cellOf(addon, 3, 'Status')).toBe('1 warning: skipped Onboarding, Co-creation');
    expect(cellOf(addon, 2, 'Status')).toBe('OK');
  });

  it('inserted rows and deleted rows leave no stale Status', () => {
    typeRows(addon, 2, [
      promotionRow('Ada'),
      { ...promotionRow('Bo'), Disclosure: false },
      promotionRow('Cy'),
    ]);
    addon.emu.user.insertRowsBefore('Pipeline', 3, 1);
    expect(columnOf(addon, 'Status', 2, 5)).toEqual(['OK', '', '1 error: Disclosure missing', 'OK']);
    addon.emu.user.deleteRows('Pipeline', 4, 1);
    expect(columnOf(addon, 'Producer', 2, 4)).toEqual(['Ada', '', 'Cy']);
    expect(columnOf(addon, 'Status', 2, 4)).toEqual(['OK', '', 'OK']);
    typeRows(addon, 3, [promotionRow('Dee')]);
    expect(columnOf(addon, 'ID', 2, 4)).toEqual(['P-0001', 'P-0004', 'P-0003']);
  });

  it('an inserted column of the user’s is left alone and columns are still found by header', () => {
    typeRows(addon, 2, [promotionRow('Ada')]);
    addon.emu.user.insertColumnBefore('Pipeline', 3);
    addon.emu.user.setValues('Pipeline', 'C1:C2', [['Agency'], ['=SUM(1,2)']]);
    typeCell(addon, 2, 'Disclosure', false);
    expect(cellOf(addon, 2, 'Status')).toBe('1 error: Disclosure missing');
    expect(addon.emu.user.cell('Pipeline', 'C2').formula).toBe('=SUM(1,2)');
    expect(header(addon).indexOf('Status')).toBe(HEADERS.length);
  });

  it('a renamed header is reported in Status and by one toast, never a crash', () => {
    typeRows(addon, 2, [promotionRow('Ada')]);
    const disclosure = letter(header(addon).indexOf('Disclosure') + 1);
    addon.gas.onEdit(addon.emu.user.edit('Pipeline', `${disclosure}1`, [['Disclosed?']]));
    expect(addon.emu.ui.toasts.at(-1)?.message).toBe(
      'Pipeline is missing column "Disclosure": add it or run Set up workbook.',
    );
    const toasts = addon.emu.ui.toasts.length;
    typeCell(addon, 2, 'Revision rounds', 2);
    typeCell(addon, 2, 'Revision rounds', 1);
    expect(cellOf(addon, 2, 'Status')).toBe('1 error: column "Disclosure" is missing');
    expect(addon.emu.ui.toasts.length).toBe(toasts);
    // Renaming it back (case and spaces ignored) heals the next check.
    addon.gas.onEdit(addon.emu.user.edit('Pipeline', `${disclosure}1`, [['  DISCLOSURE ']]));
    typeCell(addon, 2, 'Revision rounds', 2);
    expect(cellOf(addon, 2, 'Status')).toBe('OK');
  });

  it('without a Status column it writes nothing but the ID and says so', () => {
    typeRows(addon, 2, [promotionRow('Ada')]);
    const status = letter(header(addon).indexOf('Status') + 1);
    addon.emu.user.setValues('Pipeline', `${status}1:${status}2`, [['Notes'], ['mine']]);
    typeCell(addon, 2, 'Revision rounds', 5);
    expect(addon.emu.user.getValues('Pipeline', `${status}2`)).toEqual([['mine']]);
    expect(addon.emu.ui.toasts.at(-1)?.message).toMatch(/missing column "Status"/);
  });

  it('when another run holds the lock it gives up without writing', () => {
    typeRows(addon, 2, [promotionRow('Ada')]);
    addon.emu.lock.heldElsewhere = true;
    const before = plain(addon.emu.user.snapshot('Pipeline'));
    const event = addon.emu.user.edit('Pipeline', 'B3', [['Bo']]);
    const typed = plain(addon.emu.user.snapshot('Pipeline'));
    addon.gas.onEdit(event);
    expect(plain(addon.emu.user.snapshot('Pipeline'))).toEqual(typed);
    expect(typed).not.toEqual(before);
    expect(addon.emu.ui.toasts.at(-1)?.message).toMatch(/Busy/);
  });

  it('hostile text in every column never becomes a formula and changes nothing but ID and Status', () => {
    const hostile = [
      '=IMPORTXML("http://evil","//a")',
      '+cmd|calc',
      '-2+3',
      '@SUM(A1)',
      '<script>alert(1)</script>',
      '"); DROP',
    ];
    const names = header(addon);
    // Every column but the formula-filled ones and Status (text of one's own in Status is left
    // alone, tested below).
    const rows = hostile.map((text) =>
      names.map((n) => (n === 'Score' || n === 'Payout' || n === 'Status' ? '' : `'${text}`)),
    );
    addon.emu.calls.reset();
    const before = userCells(addon);
    addon.gas.onEdit(
      addon.emu.user.edit('Pipeline', `A2:${letter(names.length)}${hostile.length + 1}`, rows),
    );
    const afterTyping = userCells(addon);
    expect(afterTyping).not.toEqual(before);
    const snapshot = addon.emu.user.snapshot('Pipeline');
    const formulas = snapshot
      .flatMap((row, r) => row.map((c, col) => ({ r, col, f: c.formula })))
      .filter((c) => c.f);
    expect(formulas.map((c) => c.r)).toEqual([0, 0]); // only the Score and Payout header formulas
    const statuses = columnOf(addon, 'Status', 2, hostile.length + 1);
    for (const status of statuses) expect(String(status)).toMatch(/^\d+ errors?/);
    expect(String(statuses[0])).toContain('Stage "=IMPORTXML');
    // The apostrophe-typed ID text is the user's: kept as text, not replaced.
    expect(columnOf(addon, 'ID', 2, 2)).toEqual(['=IMPORTXML("http://evil","//a")']);
  });

  it('no value, note or format outside ID and Status changes, whatever is typed', () => {
    typeRows(addon, 2, [
      promotionRow('Ada'),
      promotionRow('Bo', { Commission: 10, 'Last check-in': 'yesterday' }),
    ]);
    addon.emu.spreadsheet.getSheetByName('Pipeline')!.getRange('B2').setNote('a note of mine');
    addon.emu.spreadsheet.getSheetByName('Pipeline')!.getRange('D3').setBackground('#00ff00');
    const before = userCells(addon);
    typeCell(addon, 3, 'Stage', 'Measurement');
    addon.gas.validateAllRows();
    const after = userCells(addon);
    const stageCol = header(addon).indexOf('Stage');
    // The one typed cell is the only difference.
    const differences = after.flatMap((row, r) =>
      row.flatMap((cell, c) => (JSON.stringify(cell) === JSON.stringify(before[r]?.[c]) ? [] : [[r + 1, c]])),
    );
    expect(differences).toEqual([[3, stageCol - 1]]);
  });
});

it('dates in Status read as the spreadsheet shows them, even far east of UTC', () => {
  const far = setUp({ timeZone: 'Pacific/Kiritimati' });
  // Midnight on 2026-09-10 and 2026-09-01 in UTC+14 are the previous days in UTC.
  const start = new Date(Date.UTC(2026, 8, 9, 10));
  const end = new Date(Date.UTC(2026, 7, 31, 10));
  typeRows(far, 2, [promotionRow('Ada', { Stage: 'Discovery', 'Start date': start, 'End date': end })]);
  expect(cellOf(far, 2, 'Status')).toBe('1 error: End date 2026-09-01 is before Start date 2026-09-10');
});

describe('Validate all rows', () => {
  it('checks every row, flags over-reliance and duplicate IDs, and toasts the totals', () => {
    typeRows(addon, 2, [
      promotionRow('Ada', { Stage: 'Measurement', 'Attributed sales': 90000 }),
      promotionRow('Bo', { Stage: 'Measurement', 'Attributed sales': 5000, Disclosure: false }),
      promotionRow('Cy', { Stage: 'Measurement', 'Attributed sales': 5000 }),
    ]);
    // Someone copies Bo's row, ID and all.
    const names = header(addon);
    const bo = addon.emu.user.getValues('Pipeline', `A3:${letter(names.length)}3`)[0];
    addon.emu.user.setValues('Pipeline', `A5:${letter(names.length)}5`, [
      bo.map((v, i) => (names[i] === 'Score' || names[i] === 'Payout' ? '' : v)),
    ]);
    addon.gas.validateAllRows();
    expect(columnOf(addon, 'Status', 2, 5)).toEqual([
      '1 warning: producer holds 86% of attributed sales (over-reliance)',
      '1 error: Disclosure missing',
      'OK',
      '2 errors: duplicate ID P-0002 (also row 3): clear this ID to get a new one; Disclosure missing',
    ]);
    expect(addon.emu.ui.toasts.at(-1)?.message).toBe(
      'Validated 4 rows: 1 OK, 2 with errors, 1 with warnings only. Over-reliance: Ada holds 86% of attributed sales.',
    );
  });

  it('a later single edit keeps the over-reliance warning from the last full run', () => {
    typeRows(addon, 2, [
      promotionRow('Ada', { 'Attributed sales': 9000 }),
      promotionRow('Bo', { 'Attributed sales': 1000 }),
    ]);
    addon.gas.validateAllRows();
    typeCell(addon, 2, 'Revision rounds', 0);
    expect(cellOf(addon, 2, 'Status')).toBe(
      '1 warning: producer holds 90% of attributed sales (over-reliance)',
    );
  });

  it('10,000 rows in at most 10 service calls', () => {
    typeRows(
      addon,
      2,
      Array.from({ length: 10000 }, (_, i) => promotionRow(`P${i % 300}`, { Stage: STAGES[i % 8] })),
    );
    addon.emu.calls.reset();
    addon.gas.validateAllRows();
    expect(addon.emu.calls.total('spreadsheet')).toBeLessThanOrEqual(10);
    expect(addon.emu.ui.toasts.at(-1)?.message).toMatch(/^Validated 10000 rows/);
  });

  it('without a Pipeline sheet it says what to do', () => {
    const fresh = freshAddon();
    fresh.gas.validateAllRows();
    expect(fresh.emu.ui.toasts.at(-1)?.message).toBe(
      'There is no Pipeline sheet yet: run Set up workbook first.',
    );
  });

  it('a date typed as text and a commission typed as 10 are named', () => {
    typeRows(addon, 2, [
      promotionRow('Bo', { Commission: 10, 'Last check-in': 'yesterday', 'Start date': day('2026-09-01') }),
      promotionRow('Cy'),
    ]);
    addon.gas.validateAllRows();
    expect(cellOf(addon, 2, 'Status')).toBe(
      '2 errors: Commission 10 is over 100%: did you mean 10%?; Last check-in must be a date (got "yesterday")',
    );
  });
});

it('row values helper refuses unknown columns (guards the tests themselves)', () => {
  expect(() => rowValues(['A'], { B: 1 })).toThrow('no column B');
});

describe('what people put where the add-on writes', () => {
  it('an imported tracker’s own Status text is left alone, and said so', () => {
    const a = freshAddon();
    a.emu.setNow(NOW);
    a.emu.user.setValues('Pipeline', 'A1:C4', [
      ['Producer', 'Stage', 'Status'],
      ['Ada', 'Discovery', 'Waiting on reply'],
      ['Bo', 'Discovery', ''],
      ['Cy', 'Pitching', '=NOW()'],
    ]);
    a.gas.setUpWorkbook();
    expect(a.emu.ui.toasts.at(-1)?.message).toContain(
      'left your own text in Status alone (Status in rows 2, 4 holds text',
    );
    a.gas.validateAllRows();
    expect(a.emu.user.getValues('Pipeline', 'C2:C3')).toEqual([['Waiting on reply'], ['OK']]);
    expect(a.emu.user.cell('Pipeline', 'C4').formula).toBe('=NOW()');
    expect(a.emu.ui.toasts.at(-1)?.message).toContain(
      'Status in rows 2, 4 holds text the add-on did not write',
    );
    typeCell(a, 2, 'Stage', 'Negotiation');
    expect(a.emu.user.getValues('Pipeline', 'C2')).toEqual([['Waiting on reply']]);
    // Cleared, the row is checked again.
    typeCell(a, 2, 'Status', '');
    expect(cellOf(a, 2, 'Status')).toMatch(/^1 error: Relevance, Resonance, Reliability missing/);
  });

  it('a value typed into the Score column blocks its formula, and people are told where', () => {
    typeRows(addon, 2, [promotionRow('Ada'), promotionRow('Bo')]);
    typeCell(addon, 3, 'Score', 75);
    expect(addon.emu.user.getValues('Pipeline', 'I1')).toEqual([['#REF!']]);
    expect(addon.emu.ui.toasts.at(-1)?.message).toBe(
      'A formula in the Pipeline header is not working (I1 shows #REF!): usually a value typed into the column it fills blocks it. Clear the values below that header.',
    );
    addon.gas.setUpWorkbook();
    expect(addon.emu.ui.toasts.at(-1)?.message).toContain(
      'Score shows #REF!: clear what was typed below its header (rows 3) so its formula can fill the column',
    );
    addon.gas.validateAllRows();
    expect(addon.emu.ui.toasts.at(-1)?.message).toContain('I1 shows #REF!');
  });
});
