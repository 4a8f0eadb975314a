// The playground's .xlsx load and save, with the built add-on in the emulator: what a file holds
// comes back the same, formulas keep their cached results, text never becomes a formula, and the
// file is written atomically.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadAddonWorkbook, startAddon } from '../../playground/addon';
import { saveWorkbook } from '../../playground/workbook-file';
import { STAGES } from '../../src/core/lifecycle/pipeline';
import { DIST, plain } from '../integration/harness';
import { EXAMPLE_SHEETS } from './example-sheets';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'partnerships.xlsx');
const TZ = 'America/New_York';

async function open(path: string) {
  const addon = startAddon(DIST, { timeZone: TZ });
  await loadAddonWorkbook(addon, path);
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

/** A file as Excel writes it: 1 and 2 in A1:A2, =SUM(A1:A2) with its result 3 in A3, and more. */
async function excelSumFile(path: string, more: (ws: ExcelJS.Worksheet) => void = () => {}) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.getCell('A1').value = 1;
  ws.getCell('A2').value = 2;
  ws.getCell('A3').value = { formula: 'SUM(A1:A2)', result: 3 } as ExcelJS.CellFormulaValue;
  more(ws);
  await wb.xlsx.writeFile(path);
}

describe('workbook files', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'workbook-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('the example holds 40 partnerships over every stage, Assumptions, Actuals, Results, payouts and a debrief', async () => {
    const { emu } = await open(EXAMPLE);
    expect(emu.spreadsheet.getSheets().map((s) => s.getName())).toEqual([...EXAMPLE_SHEETS]);
    // September paid and October approved, but a row the add-on could not compute stays pending.
    const payouts = emu.user.getValues('Payouts');
    const [month, status, due] = ['Month', 'Status', 'Total due'].map((h) => payouts[0].indexOf(h));
    const byMonth = new Map<string, Set<unknown>>();
    for (const r of payouts.slice(1).filter((r) => r[month] !== '')) {
      const key = `${r[month]} ${typeof r[due] === 'number' ? 'computed' : 'not computed'}`;
      byMonth.set(key, (byMonth.get(key) ?? new Set()).add(r[status]));
    }
    expect([...byMonth].sort()).toEqual([
      ['2026-09 computed', new Set(['paid'])],
      ['2026-09 not computed', new Set(['pending'])],
      ['2026-10 computed', new Set(['approved'])],
      ['2026-10 not computed', new Set(['pending'])],
    ]);
    expect(emu.user.getValues('Statement P-0029 2026-10')[0][0]).toBe('Statement P-0029 2026-10: Cy Cycles');
    expect(emu.user.getValues('Debrief P-0029')[0][0]).toBe('Debrief P-0029: Cy Cycles');
    // Three months of GA4 totals for the tracked partnerships, and one producer's YouTube insights,
    // with Month kept as text.
    const results = emu.user.getValues('Results');
    expect(results).toHaveLength(55);
    expect(new Set(results.slice(1).map((r) => r[2]))).toEqual(new Set(['2026-09', '2026-10', '2026-11']));
    expect(
      results
        .slice(1)
        .filter((r) => r[3] === 'YouTube')
        .map((r) => r[0]),
    ).toEqual(['P-0029|2026-09|YouTube', 'P-0029|2026-10|YouTube', 'P-0029|2026-11|YouTube']);
    const rows = emu.user.getValues('Pipeline');
    const header = rows[0].map(String);
    const body = rows.slice(1).filter((r) => r[header.indexOf('Producer')] !== '');
    expect(body).toHaveLength(40);
    const stages = new Set(body.map((r) => r[header.indexOf('Stage')]));
    expect([...stages].sort()).toEqual([...STAGES].sort());
    const statuses = body.map((r) => String(r[header.indexOf('Status')]));
    expect(statuses.filter((s) => s !== 'OK').length).toBeGreaterThanOrEqual(4);
    // The add-on's Status highlighting (custom formula rules) is kept in the file.
    const rules = emu.spreadsheet.getSheetByName('Pipeline')!.getConditionalFormatRules();
    expect(
      rules.map((r) => [
        r.getRanges().map((range) => range.getA1Notation()),
        r.getBooleanCondition()?.getCriteriaType(),
        r.getBooleanCondition()?.getCriteriaValues()[0],
        r.getBooleanCondition()?.getBackground(),
      ]),
    ).toEqual([
      [['AA2:AA1000'], 'CUSTOM_FORMULA', '=REGEXMATCH($AA2, "^\\d+ errors?")', '#f4c7c3'],
      [['AA2:AA1000'], 'CUSTOM_FORMULA', '=REGEXMATCH($AA2, "^\\d+ warnings?:")', '#fce8b2'],
    ]);
    // The dropdowns Set up workbook made are kept as list validations, invalid values allowed (a warning).
    const stage = emu.spreadsheet.getSheetByName('Pipeline')!.getRange('J2').getDataValidation();
    expect(stage?.getCriteriaValues()[0]).toEqual([...STAGES]);
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

  it('writes formulas and their spilled cells as Sheets downloads them, with their results', async () => {
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
    expect(anchor.formula).toBe(
      'IFERROR(__xludf.DUMMYFUNCTION("{""Score""; PRODUCER_SCORE(F2:F, G2:G, H2:H)}"),"Score")',
    );
    expect(anchor.result).toBe('Score');
    // Row 3 (P-0002) is scored 4, 5, 5: its Score cell is a cell of the spilled result.
    const spilled = ws.getRow(3).getCell(scoreCol);
    const score = emu.spreadsheet.getSheetByName('Pipeline')!.getRange(3, scoreCol).getValue();
    expect(typeof score).toBe('number');
    expect(spilled.formula).toBe(`IFERROR(__xludf.DUMMYFUNCTION("""COMPUTED_VALUE"""),${score})`);
    expect(spilled.result).toBe(score);
    // A blank cell of the spill (a producer still being vetted) is written blank, not 0.
    const vetting = ws.getRow(2).getCell(scoreCol);
    expect(vetting.formula).toBe('IFERROR(__xludf.DUMMYFUNCTION("""COMPUTED_VALUE"""),"")');
    // Dates are the spreadsheet's wall clock, without a zone.
    const start = ws.getRow(12).getCell(header.indexOf('Start date')).value as Date;
    expect(start.toISOString()).toMatch(/^2026-\d\d-01T00:00:00.000Z$/);
  });

  it('writes an Excel formula from the file back unchanged, and a formula typed in the playground as Sheets does', async () => {
    const path = join(dir, 'excel.xlsx');
    await excelSumFile(path);
    const addon = await open(path);
    addon.emu.user.setValues('Data', 'B1', [['=PRODUCER_SCORE({3, 4, 5})']]);
    const score = addon.emu.user.cell('Data', 'B1').value;
    expect(score).toBeCloseTo(80, 10);
    await saveWorkbook(addon.emu, path, addon.excelFormulas);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(path);
    const data = back.getWorksheet('Data')!;
    expect(data.getCell('A3').formula).toBe('SUM(A1:A2)');
    expect(data.getCell('B1').formula).toBe(
      `IFERROR(__xludf.DUMMYFUNCTION("PRODUCER_SCORE({3, 4, 5})"),${score})`,
    );
    expect(data.getCell('B1').result).toBe(score);
    // Loaded again, the formula is the one typed, computed again by the bundle.
    const again = await open(path);
    expect(again.emu.user.cell('Data', 'B1')).toMatchObject({
      formula: '=PRODUCER_SCORE({3, 4, 5})',
      value: score,
    });
    expect(again.emu.user.cell('Data', 'A3')).toMatchObject({ formula: '=SUM(A1:A2)', value: 3 });
  });

  it('opens a file downloaded from Sheets: formulas restored, saved arrays spilled again', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Report');
    const cell = (a1: string, formula: string, result: unknown) => {
      ws.getCell(a1).value = { formula, result } as ExcelJS.CellFormulaValue;
    };
    // A QUERY (which the emulator cannot compute) spilling 2 x 2, as Sheets writes it.
    cell('A1', 'IFERROR(__xludf.DUMMYFUNCTION("QUERY(Data!A:B, ""select A, B"")"),"Name")', 'Name');
    cell('B1', 'IFERROR(__xludf.DUMMYFUNCTION("""COMPUTED_VALUE"""),"Sales")', 'Sales');
    cell('A2', 'IFERROR(__xludf.DUMMYFUNCTION("""COMPUTED_VALUE"""),"Ada")', 'Ada');
    cell('B2', 'IFERROR(__xludf.DUMMYFUNCTION("""COMPUTED_VALUE"""),1200)', 1200);
    // A formula longer than Excel's 255-character strings, split with &, as LibreOffice re-saves it.
    const long = `UTM_LINK("https://shop.example/${'a'.repeat(300)}", "youtube", "creator", "spring")`;
    const split = `"${long.slice(0, 255).replaceAll('"', '""')}" & "${long.slice(255).replaceAll('"', '""')}"`;
    cell('D1', `iferror(__xludf.dummyfunction(${split}), "")`, '');
    const path = join(dir, 'from-sheets.xlsx');
    await wb.xlsx.writeFile(path);
    const { emu } = await open(path);
    expect(emu.user.cell('Report', 'A1')).toMatchObject({
      formula: '=QUERY(Data!A:B, "select A, B")',
      value: 'Name',
    });
    expect(emu.user.getValues('Report', 'A1:B2')).toEqual([
      ['Name', 'Sales'],
      ['Ada', 1200],
    ]);
    // The spilled cells are the formula's, not values of their own.
    expect(emu.user.cell('Report', 'B2').formula).toBe('');
    expect(emu.user.cell('Report', 'D1').formula).toBe(`=${long}`);
    expect(String(emu.user.cell('Report', 'D1').value)).toMatch(
      /^https:\/\/shop\.example\/a{300}\?utm_source=youtube&utm_medium=creator&utm_campaign=spring$/,
    );
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
    const path = join(dir, 'sum.xlsx');
    await excelSumFile(path, (ws) => {
      ws.getCell('B1').value = {
        formula: 'HYBRID_PAYOUT(1000, 0.1, 25000)',
        result: 0,
      } as ExcelJS.CellFormulaValue;
    });
    const { emu } = await open(path);
    expect(emu.user.cell('Data', 'A3')).toMatchObject({ value: 3, formula: '=SUM(A1:A2)' });
    expect(emu.user.cell('Data', 'B1').value).toBe(3500); // computed by the bundle, not the cached 0
  });
});
