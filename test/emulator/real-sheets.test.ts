// Behaviours of real Sheets the emulator reproduces so the add-on can be tested against them:
// formulas parsed in the spreadsheet's locale, Ctrl-selected multi-range edits, no document lock
// outside a document, and blank checkbox cells that read FALSE.
import { createEmulator, loadBundle } from '../../emulator';
import { customFunctionEvaluator } from '../../emulator/custom-functions';

describe('locale', () => {
  it('getSpreadsheetLocale is en_US by default and follows the option and setSpreadsheetLocale', () => {
    expect(createEmulator().spreadsheet.getSpreadsheetLocale()).toBe('en_US');
    const emu = createEmulator({ locale: 'de_DE' });
    expect(emu.spreadsheet.getSpreadsheetLocale()).toBe('de_DE');
    emu.spreadsheet.setSpreadsheetLocale('fr_FR');
    expect(emu.spreadsheet.getSpreadsheetLocale()).toBe('fr_FR');
  });

  function withSum(locale: string) {
    const emu = createEmulator({ locale });
    const bundle = {
      SUM2: (a: number, b: number) => a + b,
      ROWSUM: (grid: number[][]) => grid.map((row) => [row.reduce((x, y) => x + y, 0)]),
    };
    emu.formulaEvaluator = customFunctionEvaluator(emu, bundle);
    return emu;
  }

  it('a de_DE spreadsheet rejects "," between arguments and takes ";", "\\" and decimal commas', () => {
    const emu = withSum('de_DE');
    emu.user.setValues('Sheet1', 'A1:C1', [['=SUM2(1, 2)', '=SUM2(1; 2,5)', '={"x"; ROWSUM({1\\2})}']]);
    expect(emu.user.getValues('Sheet1', 'A1:C2')).toEqual([
      ['#ERROR!', 3.5, 'x'],
      ['', '', 3],
    ]);
  });

  it('an en_US spreadsheet reads the same formulas the other way round', () => {
    const emu = withSum('en_US');
    emu.user.setValues('Sheet1', 'A1:C1', [['=SUM2(1, 2)', '=SUM2(1; 2)', '={"x"; ROWSUM({1,2})}']]);
    expect(emu.user.getValues('Sheet1', 'A1:C2')).toEqual([
      [3, '#ERROR!', 'x'],
      ['', '', 3],
    ]);
  });

  it('numbers typed into a de_DE spreadsheet are read with a decimal comma', () => {
    const emu = createEmulator({ locale: 'de_DE' });
    emu.user.setValues('Sheet1', 'A1:E1', [['1.500,50', '1,000', '12,5%', '1,500.50', "'1.500,50"]]);
    expect(emu.user.getValues('Sheet1', 'A1:E1')).toEqual([[1500.5, 1, 0.125, '1,500.50', '1.500,50']]);
    const en = createEmulator();
    en.user.setValues('Sheet1', 'A1:B1', [['1.500,50', '1,000']]);
    expect(en.user.getValues('Sheet1', 'A1:B1')).toEqual([['1.500,50', 1000]]);
  });

  it('changing the locale re-parses formulas', () => {
    const emu = withSum('en_US');
    emu.user.setValues('Sheet1', 'A1', [['=SUM2(1, 2)']]);
    expect(emu.user.getValues('Sheet1', 'A1')).toEqual([[3]]);
    emu.setLocale('pt_BR');
    expect(emu.user.getValues('Sheet1', 'A1')).toEqual([['#ERROR!']]);
  });
});

describe('Ctrl-selected multi-range edits', () => {
  it('write every range, send one event with the last range, and select them all', () => {
    const emu = createEmulator();
    emu.user.setValues('Sheet1', 'A1:B6', [
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
      [9, 10],
      [11, 12],
    ]);
    const event = emu.user.editRanges('Sheet1', [
      ['A2:B2', [['', '']]],
      [
        'A5:B6',
        [
          ['', ''],
          ['', ''],
        ],
      ],
    ]);
    expect(event.range.getA1Notation()).toBe('A5:B6');
    expect(event.value).toBeUndefined();
    expect(emu.user.getValues('Sheet1', 'A1:A6').map((r) => r[0])).toEqual([1, '', 5, 7, '', '']);
    const list = event.source.getActiveRangeList();
    expect(list?.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:B2', 'A5:B6']);
    expect(event.source.getActiveRange()?.getA1Notation()).toBe('A5:B6');
    expect(emu.calls.byMethod()['Spreadsheet.getActiveRangeList']).toBe(1);
  });

  it('a one-range edit leaves one range in the list', () => {
    const emu = createEmulator();
    const event = emu.user.edit('Sheet1', 'C3', [['x']]);
    expect(
      event.source
        .getActiveRangeList()
        ?.getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['C3']);
  });
});

describe('LockService outside a document', () => {
  it('getDocumentLock returns null there; the script lock still works', () => {
    const emu = createEmulator();
    const lockService = emu.globals.LockService as GoogleAppsScript.Lock.LockService;
    expect(lockService.getDocumentLock()).not.toBeNull();
    emu.lock.outsideDocument = true;
    expect(lockService.getDocumentLock()).toBeNull();
    expect(lockService.getScriptLock().tryLock(1000)).toBe(true);
  });

  it('a bundle sees the null too', () => {
    const emu = createEmulator();
    emu.lock.outsideDocument = true;
    const ctx = loadBundle('function probe() { return LockService.getDocumentLock() === null; }', emu);
    expect(ctx.probe()).toBe(true);
  });
});

describe('blank checkbox cells that read FALSE', () => {
  function withCheckboxes(on: boolean) {
    const emu = createEmulator({ blankCheckboxesReadFalse: on });
    const app = emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.getRange('A1:B2').setValues([
      ['Name', 'Done'],
      ['Ada', true],
    ]);
    sheet.getRange('B2:B1000').setDataValidation(app.newDataValidation().requireCheckbox().build());
    return { emu, sheet };
  }

  it('off (the default): blank stays blank and getLastRow is the last typed row', () => {
    const { sheet } = withCheckboxes(false);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getRange('B3').getValue()).toBe('');
  });

  it('on: blank cells under the rule read FALSE, and getLastRow is the last row of the rule', () => {
    const { emu, sheet } = withCheckboxes(true);
    expect(sheet.getLastRow()).toBe(1000);
    expect(sheet.getRange('A3:B4').getValues()).toEqual([
      ['', false],
      ['', false],
    ]);
    expect(sheet.getRange('B2').getValue()).toBe(true);
    expect(emu.user.getValues('Sheet1', 'B1000')).toEqual([[false]]);
    emu.blankCheckboxesReadFalse = false;
    expect(sheet.getLastRow()).toBe(2);
  });
});
