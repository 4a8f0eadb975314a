// `npm start` as people run it (node scripts/start.mjs): the server prints its URL and start-up time,
// and the headless --run form runs one menu item on a file, saves it and prints a summary.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EXAMPLE_SHEETS } from './example-sheets';

jest.setTimeout(90_000);

const ROOT = join(__dirname, '..', '..');
const START = join(ROOT, 'scripts', 'start.mjs');

describe('npm start', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('--run runs one menu item headless, saves the file and prints a summary', async () => {
    const file = join(dir, 'book.xlsx');
    copyFileSync(join(ROOT, 'examples', 'partnerships.xlsx'), file);
    const before = statSync(file).mtimeMs;
    const output = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        [START, '--no-build', '--run', 'Run monthly forecast', file],
        (error, stdout, stderr) =>
          error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
      );
    });
    expect(output).toContain(`Ran "Run monthly forecast" on ${file} and saved it.`);
    expect(output).toMatch(/^Rows validated: 40$/m);
    expect(output).toMatch(/^Errors found: \d+ in \d+ rows; warnings: \d+$/m);
    expect(output).toMatch(/^Payback \(Base\): month \d+ \(2026-\d\d\)$/m);
    expect(output).toMatch(/^Payouts 2026-10: \d+ rows, total due [\d,.]+ \(\d+ approved, 1 pending\)$/m);
    expect(output).toMatch(/^Payouts 2026-09: \d+ rows, total due [\d,.]+ \(\d+ paid, 1 pending\)$/m);
    expect(output).toMatch(/^Results: \d+ rows, 2026-09 to 2026-11$/m);
    expect(statSync(file).mtimeMs).toBeGreaterThan(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...EXAMPLE_SHEETS, 'Forecast']);
  });

  it('--run "Prepare payouts" --month prepares that month from the Results sheet and prints its total', async () => {
    const file = join(dir, 'book.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(ROOT, 'examples', 'partnerships.xlsx'));
    const pipeline = wb.getWorksheet('Pipeline')!;
    const header = (pipeline.getRow(1).values as unknown[]).map(String);
    const id = String(pipeline.getRow(2).getCell(header.indexOf('ID')).value);
    // The example's imported Results replaced by one Shopify row with a refund.
    wb.removeWorksheet(wb.getWorksheet('Results')!.id);
    const results = wb.addWorksheet('Results');
    results.addRow(['Key', 'Partnership ID', 'Month', 'Source', 'Attributed sales', 'Refunds', 'Currency']);
    results.addRow([`${id}|2026-11|Shopify`, id, '2026-11', 'Shopify', 12000, 2000, 'USD']);
    await wb.xlsx.writeFile(file);
    const run = (...args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(process.execPath, [START, '--no-build', ...args, file], (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
        );
      });
    const bad = await run('--run', 'Prepare payouts', '--month', 'November');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--month must be yyyy-mm, e.g. 2026-11');
    const { stdout } = await run('--run', 'Prepare payouts', '--month', '2026-11');
    expect(stdout).toContain(`Ran "Prepare payouts…" on ${file} and saved it.`);
    expect(stdout).toMatch(
      /^toast: Producer Partnerships: Payouts for 2026-11: \d+ rows, total due [\d,.]+; \d+ new/m,
    );
    expect(stdout).toMatch(/^Payouts 2026-11: \d+ rows, total due [\d,.]+ \(\d+ pending\)$/m);
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(file);
    const payouts = saved.getWorksheet('Payouts')!;
    const head = (payouts.getRow(1).values as unknown[]).map(String);
    const row = payouts
      .getRows(2, payouts.rowCount - 1)!
      .find((r) => r.getCell(head.indexOf('Partnership ID')).value === id)!;
    expect(row.getCell(head.indexOf('Month')).value).toBe('2026-11');
    expect(row.getCell(head.indexOf('Attributed sales')).value).toBe(10000);
  });

  it('--run with an unknown item names the menu and fails', async () => {
    const file = join(dir, 'book.xlsx');
    copyFileSync(join(ROOT, 'examples', 'partnerships.xlsx'), file);
    const failure = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, [START, '--no-build', '--run', 'Make coffee', file], (error, _out, stderr) =>
        resolve({ code: error ? (error.code as number) : 0, stderr }),
      );
    });
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain(
      'no menu item "Make coffee"; the menu has: Set up workbook, Validate all rows',
    );
  });

  it('serves on the port asked (0: any free one) on 127.0.0.1 and prints the URL and the time to ready', async () => {
    const file = join(dir, 'book.xlsx');
    copyFileSync(join(ROOT, 'examples', 'partnerships.xlsx'), file);
    const child: ChildProcess = spawn(process.execPath, [START, '--no-build', '--port', '0', file]);
    try {
      const printed = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout?.on('data', (chunk) => {
          text += String(chunk);
          if (/Ready in/.test(text)) resolve(text);
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}: ${text}`)));
      });
      const url = /playground: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(printed)?.[1];
      expect(url).toBeDefined();
      expect(printed).toMatch(/Ready in \d+\.\d\d s\./);
      const page = await fetch(url!);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<meta name="playground-token"');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
