// A file saved by the playground, opened in LibreOffice Calc: every formula cell shows, after Calc
// recalculates it, the value the add-on computed (no Err:539, no #NAME?), and the file Calc saves comes
// back into the playground with the same formulas and values. Calc stands in for Excel and for a Google
// Sheets import, neither of which runs here: all three read the same IFERROR(__xludf.DUMMYFUNCTION(...))
// form (playground/sheets-export-form.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type Addon, loadAddonWorkbook, startAddon } from '../../playground/addon';
import { ruleStyles } from '../../playground/conditional-formats';
import { saveWorkbook } from '../../playground/workbook-file';
import { DIST, plain } from '../integration/harness';
import { describeWith, LIBREOFFICE } from '../programs';
import { recalculateInLibreOffice } from './libreoffice';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'partnerships.xlsx');
const TZ = 'America/New_York';
const LONG_URL = `https://shop.example/spring/${'collection-'.repeat(30)}`;

async function open(path: string): Promise<Addon> {
  const addon = startAddon(DIST, { timeZone: TZ });
  await loadAddonWorkbook(addon, path);
  return addon;
}

/** Every cell the saved file holds a formula in (the formulas and the cells their results spilled into). */
async function formulaCellsOf(file: string): Promise<{ sheet: string; row: number; col: number }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const cells: { sheet: string; row: number; col: number }[] = [];
  workbook.eachSheet((ws) =>
    ws.eachRow((r, row) =>
      r.eachCell((cell, col) => {
        if (cell.formula) cells.push({ sheet: ws.name, row, col });
      }),
    ),
  );
  return cells;
}

/** Same number: equal to 15 significant digits, all Calc keeps. */
const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-14 * Math.max(1, Math.abs(a), Math.abs(b));

/** Cells where two value grids differ, numbers compared to 15 significant digits. */
function differences(sheet: string, got: unknown[][], want: unknown[][]): string[] {
  const out: string[] = [];
  for (let r = 0; r < Math.max(got.length, want.length); r++) {
    for (let c = 0; c < Math.max(got[r]?.length ?? 0, want[r]?.length ?? 0); c++) {
      const a = got[r]?.[c];
      const b = want[r]?.[c];
      const same = typeof a === 'number' && typeof b === 'number' ? sameNumber(a, b) : a === b;
      if (!same)
        out.push(
          `${sheet} row ${r + 1} column ${c + 1}: ${JSON.stringify(a)}, expected ${JSON.stringify(b)}`,
        );
    }
  }
  return out;
}

describeWith(LIBREOFFICE, 'a saved workbook in LibreOffice Calc', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'libreoffice-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows every formula result the add-on computed, and round-trips into the playground', async () => {
    const first = await open(EXAMPLE);
    first.gas.runMonthlyForecast();
    // A typed formula longer than Excel's 255-character strings, and a spill blocked by a value.
    first.emu.user.setValues('Actuals', 'H1', [[`=UTM_LINK("${LONG_URL}", "youtube", "creator", "spring")`]]);
    first.emu.user.setValues('Actuals', 'H3', [['=PRODUCER_SCORE({3, 4, 5; 5, 5, 5})']]);
    first.emu.user.setValues('Actuals', 'H4', [['in the way']]);
    expect(first.emu.user.cell('Actuals', 'H3').value).toBe('#REF!');
    const saved = join(dir, 'partnerships.xlsx');
    await saveWorkbook(first.emu, saved, first.excelFormulas);

    const recalculated = await recalculateInLibreOffice(saved, join(dir, 'calc'), join(dir, 'profile'));
    const calc = new ExcelJS.Workbook();
    await calc.xlsx.readFile(recalculated);
    const formulaCells = await formulaCellsOf(saved);
    expect(formulaCells.length).toBeGreaterThan(80); // Score and Payout of 40 rows, their headers, ...
    const mismatches: string[] = [];
    for (const { sheet, row, col } of formulaCells) {
      const value = first.emu.spreadsheet.getSheetByName(sheet)!.getRange(row, col).getValue();
      const cell = calc.getWorksheet(sheet)!.getCell(row, col);
      const shown = (cell.result ?? '') as unknown;
      const same =
        typeof value === 'number'
          ? typeof shown === 'number' && sameNumber(shown, value)
          : value === '#REF!'
            ? (shown as { error?: string }).error === '#REF!'
            : shown === value;
      if (!same)
        mismatches.push(
          `${sheet}!${cell.address}: Calc shows ${JSON.stringify(shown)}, expected ${JSON.stringify(value)}`,
        );
    }
    expect(mismatches).toEqual([]);
    // Calc found no formula it could not read anywhere in the file (it would show Err:5xx or #NAME?).
    const errors: string[] = [];
    calc.eachSheet((ws) =>
      ws.eachRow((r) =>
        r.eachCell((cell) => {
          const error = (cell.result as { error?: string } | undefined)?.error;
          if (error && cell.address !== 'H3') errors.push(`${ws.name}!${cell.address}: ${error}`);
        }),
      ),
    );
    expect(errors).toEqual([]);

    // The file Calc saved opens in the playground with the formulas the add-on wrote, recomputed, and
    // the Status highlighting paints the same cells (Calc cannot run REGEXMATCH, but keeps the rule,
    // its name in lower case, as Sheets reads either).
    const back = await open(recalculated);
    const painted = (addon: Addon) => {
      const pipeline = addon.emu.spreadsheet.getSheetByName('Pipeline')!;
      return [...ruleStyles(pipeline, pipeline.getDataRange().getDisplayValues())].sort();
    };
    expect(painted(first).length).toBeGreaterThanOrEqual(7); // the example's rows with findings
    expect(painted(back)).toEqual(painted(first));
    for (const sheet of first.emu.spreadsheet.getSheets()) {
      const name = sheet.getName();
      const range = back.emu.spreadsheet.getSheetByName(name)!.getRange(sheet.getDataRange().getA1Notation());
      expect({ name, formulas: range.getFormulas() }).toEqual({
        name,
        formulas: sheet.getDataRange().getFormulas(),
      });
      // Calc, like Excel, keeps 15 significant digits of a number.
      expect(differences(name, plain(range.getValues()), plain(sheet.getDataRange().getValues()))).toEqual(
        [],
      );
    }
  }, 180_000); // LibreOffice's first start with a new profile takes several seconds
});
