// The playground's .xlsx load and save, with the built add-on in the emulator: what a file holds
// comes back the same, formulas keep their cached results, text never becomes a formula, and the
// file is written atomically.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { startAddon } from '../../playground/addon';
import { loadWorkbook, saveWorkbook } from '../../playground/workbook-file';
import { DIST, plain } from '../integration/harness';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'partnerships.xlsx');
const TZ = 'America/New_York';

async function open(path: string) {
  const addon = startAddon(DIST, { timeZone: TZ });
  for (const [k, v] of await loadWorkbook(addon.emu, path)) addon.cached.set(k, v);
  return addon;
}

function contents(addon: Awaited<ReturnType<typeof open>>) {
  return addon.emu.spreadsheet.getSheets().map((s) => {
    const range = s.getDataRange();
    return {
      name: s.getName(),
      values: plain(range.getValues()),
      formulas: range.getFormulas(),
      // 'General' written by a script and a never-formatted cell look the same in a file.
      formats: range.getNumberFormats().map((r) => r.map((f) => (f === 'General' ? '0.###############' : f))),
      frozen: s.getFrozenRows(),
      validations: s
        .getRange(1, 1, s.getMaxRows(), s.getMaxColumns())
        .getDataValidations()
        .map((row) =>
          row.map((v) =>
            v ? JSON.stringify([v.getCriteriaType(), v.getCriteriaValues(), v.getAllowInvalid()]) : null,
          ),
        ),
    };
  });
}

describe('workbook files', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'workbook-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('the example holds 40 partnerships over every stage, Assumptions and Actuals', async () => {
    const { emu } = await open(EXAMPLE);
    expect(emu.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      'Pipeline',
      'Assumptions',
      'Actuals',
    ]);
    const rows = emu.user.getValues('Pipeline');
    const header = rows[0].map(String);
    const body = rows.slice(1).filter((r) => r[header.indexOf('Producer')] !== '');
    expect(body).toHaveLength(40);
    const stages = new Set(body.map((r) => r[header.indexOf('Stage')]));
    expect([...stages].sort()).toEqual(
      [
        'Co-creation',
        'Discovery',
        'Exit',
        'Measurement',
        'Negotiation',
        'Onboarding',
        'Promotion',
        'Renewal',
      ].sort(),
    );
    const statuses = body.map((r) => String(r[header.indexOf('Status')]));
    expect(statuses.filter((s) => s !== 'OK').length).toBeGreaterThanOrEqual(4);
    // The add-on's Status highlighting ("text contains" rules) is kept in the file.
    const rules = emu.spreadsheet.getSheetByName('Pipeline')!.getConditionalFormatRules();
    expect(
      rules.map((r) => [
        r.getBooleanCondition()?.getCriteriaValues()[0],
        r.getBooleanCondition()?.getBackground(),
      ]),
    ).toEqual([
      [' error', '#f4c7c3'],
      [' warning', '#fce8b2'],
    ]);
    // The dropdowns Set up workbook made are kept as list validations, invalid values allowed (a warning).
    const stage = emu.spreadsheet.getSheetByName('Pipeline')!.getRange('J2').getDataValidation();
    expect(stage?.getCriteriaValues()[0]).toEqual([
      'Discovery',
      'Negotiation',
      'Onboarding',
      'Co-creation',
      'Promotion',
      'Measurement',
      'Renewal',
      'Exit',
    ]);
    expect(stage?.getAllowInvalid()).toBe(true);
    // Score and Payout are computed by the bundle's custom functions from the header formulas.
    const score = body.map((r) => r[header.indexOf('Score')]);
    expect(score.filter((v) => typeof v === 'number').length).toBeGreaterThan(30);
  });

  it('saves and loads back the same values, formulas, formats and frozen rows', async () => {
    const first = await open(EXAMPLE);
    first.gas.runMonthlyForecast();
    const saved = join(dir, 'copy.xlsx');
    await saveWorkbook(first.emu, saved);
    const second = await open(saved);
    expect(contents(second)).toEqual(contents(first));
    expect(readdirSync(dir)).toEqual(['copy.xlsx']); // no temporary file left behind
  });

  it('writes a formula with its result and leaves its spilled cells empty, as Sheets imports them', async () => {
    const { emu } = await open(EXAMPLE);
    const saved = join(dir, 'out.xlsx');
    await saveWorkbook(emu, saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const ws = wb.getWorksheet('Pipeline')!;
    // row.values is 1-based; a formula cell's value is { formula, result }.
    const header = (ws.getRow(1).values as unknown[]).map((v) =>
      String(v && typeof v === 'object' && 'result' in v ? v.result : v),
    );
    const scoreCol = header.indexOf('Score');
    const anchor = ws.getRow(1).getCell(scoreCol);
    expect(anchor.formula).toBe('{"Score"; PRODUCER_SCORE(F2:F, G2:G, H2:H)}');
    expect(anchor.result).toBe('Score');
    expect(ws.getRow(3).getCell(scoreCol).value).toBeNull();
    // Dates are the spreadsheet's wall clock, without a zone.
    const start = ws.getRow(12).getCell(header.indexOf('Start date')).value as Date;
    expect(start.toISOString()).toMatch(/^2026-\d\d-01T00:00:00.000Z$/);
  });

  it('keeps text as text (never a formula) and dates in the spreadsheet time zone', async () => {
    const { emu } = await open(EXAMPLE);
    emu.user.setValues('Pipeline', 'B2', [['\'=HYPERLINK("http://evil.example")']]);
    emu.user.setValues('Pipeline', 'C2', [["'+1 555 0100"]]);
    const local = new Date('2026-03-01T05:00:00Z'); // midnight in New York
    emu.user.setValues('Pipeline', 'L2', [[local]]);
    const saved = join(dir, 'text.xlsx');
    await saveWorkbook(emu, saved);
    const back = await open(saved);
    expect(back.emu.user.cell('Pipeline', 'B2')).toMatchObject({
      value: '=HYPERLINK("http://evil.example")',
      formula: '',
    });
    expect(back.emu.user.cell('Pipeline', 'C2')).toMatchObject({ value: '+1 555 0100', formula: '' });
    expect(plain(back.emu.user.cell('Pipeline', 'L2').value)).toBe('DATE:2026-03-01T05:00:00.000Z');
  });

  it('formulas the emulator cannot compute keep the result saved in the file', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.getCell('A1').value = 1;
    ws.getCell('A2').value = 2;
    ws.getCell('A3').value = { formula: 'SUM(A1:A2)', result: 3 } as ExcelJS.CellFormulaValue;
    ws.getCell('B1').value = {
      formula: 'HYBRID_PAYOUT(1000, 0.1, 25000)',
      result: 0,
    } as ExcelJS.CellFormulaValue;
    const path = join(dir, 'sum.xlsx');
    await wb.xlsx.writeFile(path);
    const { emu } = await open(path);
    expect(emu.user.cell('Data', 'A3')).toMatchObject({ value: 3, formula: '=SUM(A1:A2)' });
    expect(emu.user.cell('Data', 'B1').value).toBe(3500); // computed by the bundle, not the cached 0
  });
});
