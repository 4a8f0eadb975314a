import { createEmulator } from '../../emulator';

describe('call counting', () => {
  it('counts every call on service objects by Class.method and service', () => {
    const emu = createEmulator();
    const app = emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const sheet = app.getActiveSpreadsheet().getSheetByName('Sheet1')!;
    const range = sheet.getRange('A1:B2');
    range.setValues([
      [1, 2],
      [3, 4],
    ]);
    range.getValues();
    range.getValues();
    app.getUi().createMenu('M').addItem('a', 'b').addToUi();
    (emu.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
      .getDocumentProperties()
      .getKeys();
    app.newDataValidation().requireCheckbox().build();
    expect(emu.calls.byMethod()).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getRange': 1,
      'Range.setValues': 1,
      'Range.getValues': 2,
      'SpreadsheetApp.getUi': 1,
      'Ui.createMenu': 1,
      'Menu.addItem': 1,
      'Menu.addToUi': 1,
      'PropertiesService.getDocumentProperties': 1,
      'Properties.getKeys': 1,
      'SpreadsheetApp.newDataValidation': 1,
      'DataValidationBuilder.requireCheckbox': 1,
      'DataValidationBuilder.build': 1,
    });
    expect(emu.calls.total('spreadsheet')).toBe(8); // includes getUi and newDataValidation on SpreadsheetApp
    expect(emu.calls.total('ui')).toBe(3);
    expect(emu.calls.total('properties')).toBe(2);
    expect(emu.calls.total('builder')).toBe(2);
    expect(emu.calls.total()).toBe(15);
    emu.calls.reset();
    expect(emu.calls.total()).toBe(0);
  });

  it('keeps identity of wrapped objects', () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getActiveSheet();
    const range = sheet.getRange('A1');
    expect(range.getSheet()).toBe(sheet);
    expect(sheet.getParent()).toBe(emu.spreadsheet);
    expect(emu.spreadsheet.getSheets()[0]).toBe(sheet);
    expect(sheet.getRange).toBe(sheet.getRange);
  });

  it('does not count user actions, enum reads or internal work', () => {
    const emu = createEmulator();
    emu.user.setValues('Sheet1', 'A1', [[1, 2]]);
    emu.user.getValues('Sheet1');
    emu.user.sortRows('Sheet1', 1, 1);
    emu.user.cell('Sheet1', 'A1');
    emu.user.snapshot('Sheet1');
    const app = emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    void app.DataValidationCriteria.CHECKBOX;
    void (emu.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp).AuthMode.FULL;
    expect(emu.calls.total()).toBe(0);
  });

  it("counts calls on an edit event's range, as in a real trigger", () => {
    const emu = createEmulator();
    const e = emu.user.edit('Sheet1', 'B2', [['7']]);
    expect(emu.calls.total()).toBe(0);
    expect(e.range.getA1Notation()).toBe('B2');
    expect(e.range.getSheet().getName()).toBe('Sheet1');
    expect(emu.calls.byMethod()).toEqual({
      'Range.getA1Notation': 1,
      'Range.getSheet': 1,
      'Sheet.getName': 1,
    });
  });
});

describe('edit events', () => {
  it('have value/oldValue only for one-cell edits, as strings', () => {
    const emu = createEmulator();
    const first = emu.user.edit('Sheet1', 'A1', [['12']]);
    expect(first.value).toBe('12');
    expect('oldValue' in first).toBe(false);
    expect(first.source).toBe(emu.spreadsheet);
    expect(first.user.getEmail()).toBe('user@example.com');
    expect(first.authMode).toBe('LIMITED');
    const second = emu.user.edit('Sheet1', 'A1', [[true]]);
    expect(second.value).toBe('TRUE');
    expect(second.oldValue).toBe('12');
    const cleared = emu.user.edit('Sheet1', 'A1', [['']]);
    expect('value' in cleared).toBe(false);
    expect(cleared.oldValue).toBe('TRUE');
    const many = emu.user.edit('Sheet1', 'A1', [['x', 'y']]);
    expect(many.range.getA1Notation()).toBe('A1:B1');
    expect('value' in many || 'oldValue' in many).toBe(false);
    expect(emu.spreadsheet.getActiveRange()!.getA1Notation()).toBe('A1:B1');
  });
});
