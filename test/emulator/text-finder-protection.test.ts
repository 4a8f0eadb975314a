import { createEmulator } from '../../emulator';

function sheets() {
  const emu = createEmulator();
  const app = emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const first = ss.getSheets()[0];
  const second = ss.insertSheet('Ticks');
  emu.user.setValues(first.getName(), 'A1', [
    ['ID', 'Note'],
    ['P-0001', 'see p-0001'],
    ['P-0002', 'Café'],
    [7, '=P-0001'],
  ]);
  emu.user.setValues('Ticks', 'A1', [['ID'], ["'P-0002"], ["'P-0001"]]);
  return { emu, app, ss, first, second };
}

const where = (ranges: GoogleAppsScript.Spreadsheet.Range[]) =>
  ranges.map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`);

describe('TextFinder (https://developers.google.com/apps-script/reference/spreadsheet/text-finder)', () => {
  it('finds parts of cells without regard to case unless told, row by row, sheet after sheet', () => {
    const { ss } = sheets();
    expect(where(ss.createTextFinder('p-0001').findAll())).toEqual(['Sheet1!A2', 'Sheet1!B2', 'Ticks!A3']);
    expect(where(ss.createTextFinder('P-0001').matchCase(true).findAll())).toEqual(['Sheet1!A2', 'Ticks!A3']);
    expect(where(ss.createTextFinder('P-0001').matchEntireCell(true).findAll())).toEqual([
      'Sheet1!A2',
      'Ticks!A3',
    ]);
  });

  it('compares displayed values, or formula text with matchFormulaText', () => {
    const { ss, first } = sheets();
    expect(where(first.createTextFinder('7').matchEntireCell(true).findAll())).toEqual(['Sheet1!A4']);
    // The injected-looking text reads #ERROR! as a value; its formula text holds P-0001.
    expect(where(first.createTextFinder('=P-0001').matchFormulaText(true).findAll())).toEqual(['Sheet1!B4']);
    expect(where(ss.createTextFinder('cafe').ignoreDiacritics(true).findAll())).toEqual(['Sheet1!B3']);
    expect(ss.createTextFinder('cafe').findAll()).toEqual([]);
  });

  it('reads regular expressions, and searches only its range or sheet', () => {
    const { first, second } = sheets();
    expect(
      where(first.getRange('A1:A5').createTextFinder('^P-000[12]$').useRegularExpression(true).findAll()),
    ).toEqual(['Sheet1!A2', 'Sheet1!A3']);
    expect(where(second.createTextFinder('P-0002').findAll())).toEqual(['Ticks!A2']);
    expect(() => second.createTextFinder('')).toThrow(/findText/);
  });

  it('steps with findNext and findPrevious from the current match or startFrom, then null', () => {
    const { ss, first } = sheets();
    const finder = ss.createTextFinder('P-000').matchCase(true);
    expect(finder.getCurrentMatch()).toBeNull();
    const seen: string[] = [];
    for (let r = finder.findNext(); r; r = finder.findNext()) seen.push(where([r])[0]);
    expect(seen).toEqual(['Sheet1!A2', 'Sheet1!A3', 'Ticks!A2', 'Ticks!A3']);
    const back = ss.createTextFinder('P-000').matchCase(true).startFrom(first.getRange('A3'));
    expect(where([back.findPrevious()!])).toEqual(['Sheet1!A2']);
    expect(where([back.getCurrentMatch()!])).toEqual(['Sheet1!A2']);
  });

  it('replaces text in value cells and says how many occurrences', () => {
    const { emu, second } = sheets();
    expect(second.createTextFinder('P-').replaceAllWith('Q-')).toBe(2);
    expect(emu.user.getValues('Ticks', 'A2:A3')).toEqual([['Q-0002'], ['Q-0001']]);
  });

  it('counts the search, not the configuring, as a round trip', () => {
    const { emu, ss } = sheets();
    emu.calls.reset();
    ss.createTextFinder('P-0001').matchCase(true).matchEntireCell(true).findAll();
    expect(emu.calls.roundTrips()).toBe(1);
  });
});

describe('Protection (https://developers.google.com/apps-script/reference/spreadsheet/protection)', () => {
  it('protects a sheet once, with a description and warning-only protection, until removed', () => {
    const { app, second } = sheets();
    expect(second.getProtections(app.ProtectionType.SHEET)).toEqual([]);
    const protection = second.protect().setDescription('Kept by the add-on').setWarningOnly(true);
    expect(second.protect()).toBe(protection);
    const [found] = second.getProtections(app.ProtectionType.SHEET);
    expect(found.isWarningOnly()).toBe(true);
    expect(found.getDescription()).toBe('Kept by the add-on');
    expect(String(found.getProtectionType())).toBe('SHEET');
    expect(found.canEdit()).toBe(true);
    expect(second.getProtections(app.ProtectionType.RANGE)).toEqual([]);
    found.remove();
    expect(second.getProtections(app.ProtectionType.SHEET)).toEqual([]);
    expect(second.protect().isWarningOnly()).toBe(false);
  });
});
