// `npm start -- --run "Import results" --input export.csv book.xlsx`: the headless import parses the
// file with the page's core, calls the bundle's importResults, saves the workbook and prints what the
// dialog would have shown. A second run of the same file changes nothing.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

jest.setTimeout(90_000);

const ROOT = join(__dirname, '..', '..');
const START = join(ROOT, 'scripts', 'start.mjs');

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [START, '--no-build', ...args], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe('npm start --run "Import results"', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a file, saves the Results sheet with text months, and a second run changes nothing', async () => {
    const book = join(dir, 'book.xlsx');
    copyFileSync(join(ROOT, 'examples', 'partnerships.xlsx'), book);
    const csv = join(dir, 'results.csv');
    writeFileSync(
      csv,
      'Partnership ID,Month,Sessions,Orders,Attributed sales,Currency\r\nP-0001,2026-10,50,2,200.5,USD\r\nP-0002,2026-10,10,1,99,USD\r\nP-9999,2026-10,1,0,0,USD\r\n',
    );
    const first = await run(['--run', 'Import results', '--input', csv, book]);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('Read 3 rows as Generic: 2 attributed, 1 unattributed.');
    expect(first.stdout).toContain('  unattributed: P-9999 (1 rows, no partnership)');
    expect(first.stdout).toContain(
      'Imported Generic results from results.csv: 2 rows added. 1 row matched no partnership and was not imported.',
    );
    expect(first.stdout).toContain(`Ran "Import results…" on ${book} and saved it.`);
    // The example holds 54 rows from its GA4 and YouTube imports; these two are added after them.
    expect(first.stdout).toMatch(/^Results: 56 rows, 2026-09 to 2026-11$/m);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    const results = wb.getWorksheet('Results')!;
    const last = results.getRow(results.rowCount - 1);
    expect([last.getCell(1).value, last.getCell(3).value]).toEqual(['P-0001|2026-10|Generic', '2026-10']);

    const again = await run(['--run', 'Import results', '--input', csv, book]);
    expect(again.stdout).toContain('Nothing changed: the Results sheet already holds these Generic results');
  });

  it('a hostile file: the message, exit code 1, and the workbook unchanged', async () => {
    const book = join(dir, 'book.xlsx');
    copyFileSync(join(ROOT, 'examples', 'partnerships.xlsx'), book);
    const csv = join(dir, 'values.csv');
    writeFileSync(csv, 'P-0001,2026-10,50\nP-0002,2026-10,10\n');
    const result = await run(['--run', 'Import results', '--input', csv, book]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'The file has no header row: its first row holds values ("P-0001", "2026-10", "50")',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    expect(wb.getWorksheet('Results')!.rowCount).toBe(55);
    const none = await run(['--run', 'Import results', book]);
    expect(none.stderr).toContain('"Import results…" needs the file: --input export.csv');
  });
});
