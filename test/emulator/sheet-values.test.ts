import { createEmulator } from '../../emulator';

function setup() {
  const emu = createEmulator();
  const ss = emu.spreadsheet;
  const sheet = ss.getSheets()[0];
  return { emu, ss, sheet };
}

describe('a new spreadsheet', () => {
  it('has one 1000 x 26 sheet called Sheet1', () => {
    const { ss, sheet } = setup();
    expect(ss.getSheets()).toHaveLength(1);
    expect(sheet.getName()).toBe('Sheet1');
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(ss.getName()).toBe('Untitled spreadsheet');
  });

  it('inserts sheets of 1000 x 26 and refuses duplicate names', () => {
    const { ss } = setup();
    const s = ss.insertSheet('Pipeline');
    expect(s.getMaxRows()).toBe(1000);
    expect(s.getMaxColumns()).toBe(26);
    expect(ss.getActiveSheet()).toBe(s);
    expect(s.getIndex()).toBe(2);
    expect(() => ss.insertSheet('Pipeline')).toThrow(
      'A sheet with the name "Pipeline" already exists. Please enter another name.',
    );
    const first = ss.insertSheet('First', 0);
    expect(first.getIndex()).toBe(1);
    expect(ss.getSheetByName('Nope')).toBeNull();
    expect(ss.getSheetByName('Pipeline')).toBe(s);
  });
});

describe('coordinates and values', () => {
  it('is 1-based and reads blanks as ""', () => {
    const { sheet } = setup();
    sheet.getRange(2, 3).setValue(5);
    expect(sheet.getRange('C2').getValue()).toBe(5);
    expect(sheet.getRange(1, 1, 2, 3).getValues()).toEqual([
      ['', '', ''],
      ['', '', 5],
    ]);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C2');
  });

  it('throws outside the sheet', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'Exception: The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 26, 1, 2)).toThrow('outside the dimensions');
    expect(() => sheet.getRange('AA1')).toThrow('outside the dimensions');
    expect(() => sheet.getRange(0, 1)).toThrow();
  });

  it('reports size mismatches of setValues as Sheets does', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'Exception: The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3]])).toThrow(
      'Exception: The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('returns fresh arrays', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    r.setValues([[1, 2]]);
    const v = r.getValues();
    v[0][0] = 99;
    expect(r.getValues()).toEqual([[1, 2]]);
  });

  it('parses strings as Sheets does', () => {
    const { emu, sheet } = setup();
    const input = [
      [
        "'=1+1",
        '=SUM(A1:A2)',
        '-12.5',
        '+1',
        '1,000.5',
        '10%',
        'true',
        'False',
        'hello',
        '-',
        '+1 555 0100',
        '@me',
        '-x',
        null,
        7,
      ],
    ];
    sheet.getRange(1, 1, 1, input[0].length).setValues(input);
    const values = sheet.getRange(1, 1, 1, input[0].length).getValues()[0];
    expect(values).toEqual([
      '=1+1',
      '',
      -12.5,
      1,
      1000.5,
      0.1,
      true,
      false,
      'hello',
      '-',
      '#ERROR!',
      '#ERROR!',
      '#ERROR!',
      '',
      7,
    ]);
    const formulas = sheet.getRange(1, 1, 1, input[0].length).getFormulas()[0];
    expect(formulas[1]).toBe('=SUM(A1:A2)');
    expect(formulas[10]).toBe('+1 555 0100');
    expect(formulas[0]).toBe('');
    expect(emu.user.cell('Sheet1', 'L1').formula).toBe('@me');
  });

  it('keeps Dates from another realm and displays them in the spreadsheet time zone', () => {
    const emu = createEmulator({ timeZone: 'America/Los_Angeles' });
    const vmDate = require('node:vm').runInNewContext('new Date(Date.UTC(2024, 0, 15, 3, 0, 0))');
    emu.user.setValues('Sheet1', 'A1', [[vmDate, 1234.5, true]]);
    const sheet = emu.spreadsheet.getSheetByName('Sheet1')!;
    sheet.getRange('B1').setNumberFormat('$#,##0.00');
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['2024-01-14', '$1,234.50', 'TRUE']]);
    const v = sheet.getRange('A1').getValue();
    expect(Object.prototype.toString.call(v)).toBe('[object Date]');
  });

  it('formats display values for the supported number formats', () => {
    const { sheet } = setup();
    const formats = [
      '0',
      '0.00',
      '#,##0',
      '#,##0.00',
      '$#,##0',
      '$#,##0.00',
      '0%',
      '0.0%',
      '0.00%',
      'yyyy-mm-dd',
      'mmm yyyy',
    ];
    const r = sheet.getRange(1, 1, 1, formats.length);
    r.setValues([formats.map((f) => (f.includes('y') ? 45306 : 1234.5678))]);
    r.setNumberFormats([formats]);
    expect(r.getDisplayValues()[0]).toEqual([
      '1235',
      '1234.57',
      '1,235',
      '1,234.57',
      '$1,235',
      '$1,234.57',
      '123457%',
      '123456.8%',
      '123456.78%',
      '2024-01-15',
      'Jan 2024',
    ]);
    sheet.getRange('A2').setValue(-0.125).setNumberFormat('0.0%');
    expect(sheet.getRange('A2').getDisplayValue()).toBe('-12.5%');
  });

  it('setValue on a range fills every cell; clearContent empties it', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValue('x');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
    sheet.getRange('A1:B2').clearContent();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('A1:B2').isBlank()).toBe(true);
  });
});

describe('A1 notation', () => {
  it('parses cells, ranges, open-ended and whole columns', () => {
    const { sheet } = setup();
    const r = sheet.getRange('E2:G');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 5, 999, 3]);
    const col = sheet.getRange('A:A');
    expect([col.getRow(), col.getColumn(), col.getNumRows(), col.getNumColumns()]).toEqual([1, 1, 1000, 1]);
    const rows = sheet.getRange('2:3');
    expect([rows.getRow(), rows.getNumRows(), rows.getNumColumns()]).toEqual([2, 2, 26]);
    expect(sheet.getRange('$B$3').getA1Notation()).toBe('B3');
    expect(sheet.getRange('b2:a1').getA1Notation()).toBe('A1:B2');
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });

  it("resolves 'Sheet name'!A1 on the spreadsheet", () => {
    const { ss } = setup();
    const s = ss.insertSheet('My Sheet');
    s.getRange('B2').setValue('here');
    expect(ss.getRange("'My Sheet'!B2").getValue()).toBe('here');
    expect(ss.getRange('Sheet1!A1').getSheet().getName()).toBe('Sheet1');
  });
});

describe('structure', () => {
  it('inserting columns shifts values, formulas, notes, formats and validations', () => {
    const { emu, sheet, ss } = setup();
    sheet.getRange('A1:C1').setValues([['a', 'b', '=C2']]);
    sheet.getRange('B1').setNote('note b').setBackground('#ff0000').setFontWeight('bold');
    sheet
      .getRange('B1')
      .setDataValidation(SpreadsheetAppLike(emu).newDataValidation().requireCheckbox().build());
    sheet.insertColumnsBefore(2, 2);
    expect(sheet.getMaxColumns()).toBe(28);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['a', '', '', 'b', '']]);
    expect(sheet.getRange('E1').getFormula()).toBe('=C2');
    const b = emu.user.cell('Sheet1', 'D1');
    expect(b).toEqual({
      value: 'b',
      formula: '',
      note: 'note b',
      background: '#ff0000',
      numberFormat: '0.###############',
      fontWeight: 'bold',
      validation: 'CHECKBOX',
    });
    sheet.insertColumnAfter(1);
    expect(sheet.getRange('E1').getValue()).toBe('b');
    sheet.deleteColumns(2, 3);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['a', 'b', '']]);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(ss.getSheets()).toHaveLength(1);
  });

  it('inserting and deleting rows shifts data', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1:A5').getValues().flat()).toEqual([1, '', '', 2, 3]);
    sheet.insertRowAfter(5);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A3').getValues().flat()).toEqual([1, 2, 3]);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getLastRow()).toBe(3);
    expect(() => sheet.deleteRows(1, 1001)).toThrow();
  });

  it('sorting as a person moves notes and formats with their rows', () => {
    const { emu, sheet } = setup();
    emu.user.setValues('Sheet1', 'A1', [
      ['Name', 'Score'],
      ['b', 2],
      ['a', 3],
      ['c', 1],
      ['d', ''],
    ]);
    sheet.getRange('A2').setNote('note for b');
    sheet.getRange('B3').setBackground('#00ff00');
    emu.user.sortRows('Sheet1', 2, 2, false);
    expect(emu.user.getValues('Sheet1')).toEqual([
      ['Name', 'Score'],
      ['a', 3],
      ['b', 2],
      ['c', 1],
      ['d', ''],
    ]);
    expect(sheet.getRange('A3').getNote()).toBe('note for b');
    expect(sheet.getRange('B2').getBackground()).toBe('#00ff00');
    emu.user.sortRows('Sheet1', 2, 1);
    expect(emu.user.getValues('Sheet1', 'A2:A5').flat()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('user actions grow the sheet and create missing sheets', () => {
    const { emu } = setup();
    emu.user.setValues('New', 'Z1000', [
      [1, 2],
      [3, 4],
    ]);
    const s = emu.spreadsheet.getSheetByName('New')!;
    expect(s.getMaxRows()).toBe(1001);
    expect(s.getMaxColumns()).toBe(27);
    expect(emu.user.getValues('New', 'Z1000:AA1001')).toEqual([
      [1, 2],
      [3, 4],
    ]);
    emu.user.insertRowsBefore('New', 1, 1);
    emu.user.insertColumnBefore('New', 1);
    expect(emu.user.getValues('New', 'AA1001:AB1002')).toEqual([
      [1, 2],
      [3, 4],
    ]);
    emu.user.deleteRows('New', 1, 1000);
    expect(emu.user.getValues('New', 'AA1:AB2')).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('appendRow writes after the last row', () => {
    const { sheet } = setup();
    sheet.appendRow(['a', 1]);
    sheet.appendRow(['b', 2]);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });
});

function SpreadsheetAppLike(
  emu: ReturnType<typeof createEmulator>,
): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}
