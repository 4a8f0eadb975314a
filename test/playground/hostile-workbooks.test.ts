// Small hostile .xlsx files (issue 18): a few cells at far corners must not make the loader allocate
// the rectangle between them; a workbook over Sheets' 10 million cells, a cell over 50,000
// characters and a cell without its position are refused with a message naming the sheet, before
// anything of the open workbook is touched. The files are made here (test/playground/hostile-xlsx.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAddonWorkbook, startAddon } from '../../playground/addon';
import { PlaygroundSession, VIEW_MAX_CELLS } from '../../playground/session';
import { DIST } from '../integration/harness';
import { cellWithoutPositionXlsx, longCellXlsx, sparseXlsx } from './hostile-xlsx';

jest.setTimeout(30_000);

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'partnerships.xlsx');
const TZ = 'America/New_York';
/** Loading two cells may cost a little, never the gigabytes the whole rectangle took. */
const HEAP_BUDGET = 300 * 1024 * 1024;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-xlsx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function timedLoad(file: string) {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const addon = startAddon(DIST, { timeZone: TZ });
  await loadAddonWorkbook(addon, file);
  return { addon, ms: performance.now() - started, heap: process.memoryUsage().heapUsed - heapBefore };
}

/** The example, opened, then a hostile file refused: the example's sheets are all still there. */
async function refused(file: string): Promise<string> {
  const addon = startAddon(DIST, { timeZone: TZ });
  await loadAddonWorkbook(addon, EXAMPLE);
  const before = addon.emu.spreadsheet.getSheets().map((s) => s.getName());
  const started = performance.now();
  let message = '';
  await loadAddonWorkbook(addon, file).catch((error: Error) => {
    message = error.message;
  });
  expect(performance.now() - started).toBeLessThan(5_000);
  expect(addon.emu.spreadsheet.getSheets().map((s) => s.getName())).toEqual(before);
  return message;
}

describe('hostile workbook files', () => {
  it('A1 and A1000000: loads the two cells, not the million rows between them', async () => {
    const file = join(dir, 'tall.xlsx');
    await sparseXlsx(file, ['A1', 'A1000000'], 'far');
    const { addon, ms, heap } = await timedLoad(file);
    const sheet = addon.emu.spreadsheet.getSheetByName('Data')!;
    expect(sheet.getMaxRows()).toBe(1_000_000);
    expect(sheet.getRange('A1').getValue()).toBe('far');
    expect(sheet.getRange('A1000000').getValue()).toBe('far');
    expect(sheet.getRange('A999999').getValue()).toBe('');
    expect(ms).toBeLessThan(10_000);
    expect(heap).toBeLessThan(HEAP_BUDGET);
  });

  it('A1, GR1 and A20000: the page is sent a part of the sheet it can show, and says so', async () => {
    const file = join(dir, 'wide.xlsx');
    await sparseXlsx(file, ['A1', 'GR1', 'A20000']);
    const session = await PlaygroundSession.open(DIST, file, TZ);
    const started = performance.now();
    const view = session.state().sheets.find((s) => s.name === 'Data')!;
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(view.cells.length * view.cells[0].length).toBeLessThanOrEqual(VIEW_MAX_CELLS);
    expect(view.cells[0][199]).toBe('x');
    expect(view.clipped).toMatch(
      /^Sheet "Data" is too large for the page: it shows rows 1 to 1,250 and columns 1 to 200 of 20,000 rows/,
    );
    expect(session.addon.emu.spreadsheet.getSheetByName('Data')!.getRange('A20000').getValue()).toBe('x');
  });

  it('A1, XFD1 and A1048576: refused, over the 10 million cells of a spreadsheet', async () => {
    const file = join(dir, 'corners.xlsx');
    await sparseXlsx(file, ['A1', 'XFD1', 'A1048576']);
    expect(await refused(file)).toBe(
      'corners.xlsx cannot be opened: sheet "Data" spans 1,048,576 rows × 16,384 columns (17,179,869,184 cells), and Google Sheets holds at most 10,000,000 cells in a spreadsheet.',
    );
  });

  it('just over the limit (A1 and CV100001: 100 × 100,001 cells) is refused too', async () => {
    const file = join(dir, 'limit.xlsx');
    await sparseXlsx(file, ['A1', 'CV100001']);
    expect(await refused(file)).toContain('(10,000,100 cells)');
  });

  it('a cell over 50,000 characters is refused, naming the cell and its sheet', async () => {
    const file = join(dir, 'long.xlsx');
    await longCellXlsx(file, 50_001);
    expect(await refused(file)).toBe(
      'long.xlsx cannot be opened: cell B2 of sheet "Notes" holds 50,001 characters, and a Google Sheets cell holds at most 50,000.',
    );
    const fits = join(dir, 'fits.xlsx');
    await longCellXlsx(fits, 50_000);
    const { addon } = await timedLoad(fits);
    expect(String(addon.emu.spreadsheet.getSheetByName('Notes')!.getRange('B2').getValue())).toHaveLength(
      50_000,
    );
  });

  it('a cell without its position is refused, naming the sheet', async () => {
    const file = join(dir, 'no-r.xlsx');
    await cellWithoutPositionXlsx(file);
    expect(await refused(file)).toBe(
      'no-r.xlsx cannot be opened: sheet "Broken" has a cell without its position (a <c> element with no r attribute at the start of a row).',
    );
  });
});
