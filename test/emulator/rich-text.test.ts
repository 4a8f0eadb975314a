// Rich text links as Sheets keeps them: the cell's value is the text, the link rides with it, a value
// written over the cell replaces both, and rows moving move the link.
import { createEmulator } from '../../emulator';

function setup() {
  const emu = createEmulator();
  const app = emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = emu.spreadsheet.getSheets()[0];
  const link = (text: string, url: string) => app.newRichTextValue().setText(text).setLinkUrl(url).build();
  return { emu, sheet, link };
}

describe('rich text values', () => {
  it('a link over the whole text: the value is the text, kept as text', () => {
    const { sheet, link } = setup();
    sheet.getRange('A1').setRichTextValue(link('2026', '#gid=7'));
    expect(sheet.getRange('A1').getValue()).toBe('2026');
    const value = sheet.getRange('A1').getRichTextValue()!;
    expect(value.getText()).toBe('2026');
    expect(value.getLinkUrl()).toBe('#gid=7');
    sheet.getRange('A2').setRichTextValue(link('=1+1', '#gid=7'));
    expect(sheet.getRange('A2').getValue()).toBe('=1+1');
    expect(sheet.getRange('A2').getFormula()).toBe('');
  });

  it('a value written over the cell, or clearing it, drops the link; numbers have no rich text', () => {
    const { sheet, link } = setup();
    sheet.getRange('A1:A2').setRichTextValue(link('Debrief', '#gid=1'));
    sheet.getRange('A1').setValue('plain');
    expect(sheet.getRange('A1').getRichTextValue()!.getLinkUrl()).toBeNull();
    sheet.getRange('A2').clearContent();
    expect(sheet.getRange('A2').getRichTextValue()!.getLinkUrl()).toBeNull();
    sheet.getRange('B1').setValue(5);
    expect(sheet.getRange('B1').getRichTextValue()).toBeNull();
  });

  it('the link moves with its row when rows are inserted above', () => {
    const { sheet, link } = setup();
    sheet.getRange('A2').setRichTextValue(link('Debrief', '#gid=3'));
    sheet.insertRowsBefore(1, 2);
    expect(sheet.getRange('A4').getRichTextValue()!.getLinkUrl()).toBe('#gid=3');
    expect(sheet.getRange('A2').getRichTextValue()!.getLinkUrl()).toBeNull();
  });

  it('only the whole-text link is modelled, and says so', () => {
    const { emu } = setup();
    const app = emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    expect(() => app.newRichTextValue().setText('ab').setLinkUrl(0, 1, 'x')).toThrow(
      /only setLinkUrl\(url\)/,
    );
  });
});
