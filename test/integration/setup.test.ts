import { type Addon, freshAddon, plain } from './harness';
import {
  cellOf,
  columnOf,
  HEADERS,
  header,
  letter,
  NOW,
  promotionRow,
  setUpAddon,
  typeCell,
  typeRows,
} from './pipeline-helpers';

let addon: Addon;
beforeEach(() => {
  addon = setUpAddon();
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

describe('Set up workbook on an imported tracker', () => {
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
