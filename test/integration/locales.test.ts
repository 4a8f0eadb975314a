// Locales: Sheets parses formulas and numbers typed as text in the spreadsheet's locale. In de_DE,
// "1.500,50" is 1500.5 and formula arguments are separated by ";".
import { createEmulator, loadBundle } from '../../emulator';
import { customFunctionEvaluator } from '../../emulator/custom-functions';
import { type Addon, CODE, freshAddon, plain } from './harness';
import { cellOf, NOW, promotionRow, typeRows } from './pipeline-helpers';

function setUp(locale: string): Addon {
  const a = freshAddon({ timeZone: 'Europe/Berlin', locale });
  a.emu.setNow(NOW);
  a.gas.setUpWorkbook();
  return a;
}

describe('numbers typed as text', () => {
  it('de_DE reads "1.500,50" as 1500.5 in every custom function', () => {
    const { gas } = freshAddon({ locale: 'de_DE' });
    expect(gas.HYBRID_PAYOUT('1.500,50', '10 %', '25.000')).toBeCloseTo(4000.5, 10);
    expect(gas.PRODUCER_SCORE('4,5', '3', '1,5')).toBeCloseTo(60, 10);
    const table = plain(gas.ROI_FORECAST('2', '1.000,00', '4,5', '1'));
    expect(table[1].slice(1, 3)).toEqual([2, 2000]);
    expect(table[1][5]).toBeCloseTo(9000, 10);
  });

  it('en_US takes "1.500,50" for a mistake: a row error naming it, never 1.5005', () => {
    const { gas } = freshAddon({ locale: 'en_US' });
    expect(gas.HYBRID_PAYOUT('1.500,50', 0.1, 0)).toBe('#ERROR: base_fee must be a number (got "1.500,50")');
    expect(gas.HYBRID_PAYOUT('1,500.50', 0.1, 0)).toBeCloseTo(1500.5, 10);
  });

  it('de_DE takes "1,500.50" for a mistake', () => {
    const { gas } = freshAddon({ locale: 'de_DE' });
    expect(gas.HYBRID_PAYOUT('1,500.50', 0.1, 0)).toBe('#ERROR: base_fee must be a number (got "1,500.50")');
  });

  it('the locale is looked up once per run, and not at all without numeric text', () => {
    const { gas, emu } = freshAddon({ locale: 'fr_FR' });
    emu.calls.reset();
    gas.HYBRID_PAYOUT([[1000], [2000]], 0.1, [[100], [200]]);
    expect(emu.calls.byMethod()['Spreadsheet.getSpreadsheetLocale']).toBeUndefined();
    gas.HYBRID_PAYOUT([['1 000,5'], ['2 000,5']], '10 %', [['100'], ['200']]);
    expect(emu.calls.byMethod()['Spreadsheet.getSpreadsheetLocale']).toBe(1);
  });

  it('a Pipeline row in de_DE with amounts typed as German text is OK', () => {
    const a = setUp('de_DE');
    typeRows(a, 2, [
      promotionRow('Ada', { 'Base fee': "'1.500,50", Commission: "'12,5 %", 'Attributed sales': "'25.000" }),
    ]);
    expect(cellOf(a, 2, 'Status')).toBe('OK');
  });

  it('the same row in en_US names the German amount', () => {
    const a = setUp('en_US');
    typeRows(a, 2, [promotionRow('Ada', { 'Base fee': "'1.500,50" })]);
    expect(cellOf(a, 2, 'Status')).toBe('1 error: Base fee must be a number (got "1.500,50")');
  });
});

describe('Set up workbook writes the Score and Payout formulas in the spreadsheet’s locale', () => {
  const formulaOf = (a: Addon, column: string) => {
    const names = a.emu.user.getValues('Pipeline', '1:1')[0].map(String);
    const index = names.indexOf(column);
    return a.emu.user.cell('Pipeline', `${String.fromCharCode(65 + index)}1`).formula;
  };

  it.each(['de_DE', 'fr_FR', 'pt_BR'])('%s: ";" between arguments, and the columns fill in', (locale) => {
    const a = setUp(locale);
    expect(formulaOf(a, 'Score')).toBe('={"Score"; PRODUCER_SCORE(F2:F; G2:G; H2:H)}');
    expect(formulaOf(a, 'Payout')).toBe('={"Payout"; HYBRID_PAYOUT(N2:N; O2:O; P2:P)}');
    expect(a.emu.ui.toasts.at(-1)?.message).toContain('added the Score formula');
    typeRows(a, 2, [promotionRow('Ada')]);
    expect(cellOf(a, 2, 'Score')).toBeCloseTo((100 * 13) / 15, 10);
    expect(cellOf(a, 2, 'Payout')).toBe(1500);
    a.gas.setUpWorkbook();
    expect(a.emu.ui.toasts.at(-1)?.message).toBe('The workbook is already set up: nothing changed.');
  });

  it('en_US keeps ","', () => {
    const a = setUp('en_US');
    expect(formulaOf(a, 'Score')).toBe('={"Score"; PRODUCER_SCORE(F2:F, G2:G, H2:H)}');
  });

  it('a formula Sheets cannot parse is reported in the toast, not claimed as added', () => {
    // The spreadsheet parses in de_DE but reports en_US: the add-on writes "," and Sheets refuses it.
    const emu = createEmulator({ timeZone: 'Europe/Berlin', locale: 'de_DE' });
    const app = emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const misreport = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) =>
      new Proxy(ss, {
        get: (target, key) => {
          if (key === 'getSpreadsheetLocale') return () => 'en_US';
          const value = Reflect.get(target, key);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    emu.globals.SpreadsheetApp = new Proxy(app, {
      get: (target, key) => {
        const value = Reflect.get(target, key);
        if (key === 'getActiveSpreadsheet') return () => misreport(target.getActiveSpreadsheet());
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const gas = loadBundle(CODE, emu);
    emu.formulaEvaluator = customFunctionEvaluator(emu, gas);
    const a: Addon = { emu, gas };
    a.gas.setUpWorkbook();
    const toast = a.emu.ui.toasts.at(-1)?.message ?? '';
    expect(toast).toContain(
      "the Score formula shows #ERROR! (Sheets could not read it in this spreadsheet's locale, en_US): type it by hand in I1 as",
    );
    expect(toast).not.toContain('added the Score formula');
    expect(toast).not.toContain('added the Payout formula');
  });
});
