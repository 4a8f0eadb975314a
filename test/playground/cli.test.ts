// `npm start` as people run it (node scripts/start.mjs): the server prints its URL and start-up time,
// and the headless --run form runs one menu item on a file, saves it and prints a summary.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

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
    expect(statSync(file).mtimeMs).toBeGreaterThan(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Pipeline',
      'Assumptions',
      'Actuals',
      'Results',
      'Forecast',
    ]);
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
