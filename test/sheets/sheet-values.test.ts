// src/sheets/sheet-values.ts on the emulator: the same values as getDataRange().getValues(), in
// one counted round trip instead of two, and [['']] for an empty sheet as getDataRange gives.
import { createEmulator } from '../../emulator';
import { sheetValues } from '../../src/sheets/sheet-values';

function sheetOf() {
  const emu = createEmulator();
  const app = emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().getSheetByName('Sheet1')!;
  return { emu, sheet };
}

describe('sheetValues', () => {
  it('reads what getDataRange().getValues() reads, in one round trip', () => {
    const { emu, sheet } = sheetOf();
    sheet.getRange('A1:C2').setValues([
      ['Month', 'Total cost', 'Revenue'],
      [new Date(Date.UTC(2026, 10, 1)), 5000, ''],
    ]);
    sheet.getRange('B4').setValue('below a blank row');
    const expected = sheet.getDataRange().getValues();
    emu.calls.reset();
    const values = sheetValues(sheet);
    expect(emu.calls.roundTrips()).toBe(1);
    expect(values).toEqual(expected);
    expect(values).toHaveLength(4);
    expect(values[0]).toHaveLength(3);
  });

  it('gives an empty sheet as one blank cell, as getDataRange does', () => {
    const { sheet } = sheetOf();
    expect(sheetValues(sheet)).toEqual([['']]);
    expect(sheet.getDataRange().getValues()).toEqual([['']]);
  });
});
