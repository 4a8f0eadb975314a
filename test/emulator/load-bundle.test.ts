import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator, loadBundle, loadDist } from '../../emulator';

const BUNDLE = `
var Bundle = (function () {
  function score(a, b) { return a * 10 + b; }
  return { score: score };
})();
/** @customfunction */
function PRODUCER_SCORE(a, b) { return Bundle.score(a, b); }
function whatIsThere() {
  return [typeof require, typeof module, typeof exports, typeof process, typeof window, typeof global,
    typeof SpreadsheetApp, typeof console, typeof globalThis.SpreadsheetApp];
}
function writeHello() {
  SpreadsheetApp.getActiveSheet().getRange('A1').setValue('hello');
}
function badRange() {
  try { SpreadsheetApp.getActiveSheet().getRange(0, 0); } catch (e) { return e instanceof Error; }
}
function makeDate() { return new Date(Date.UTC(2024, 0, 2)); }
function onEdit(e) { e.range.setNote('edited ' + e.value); }
`;

describe('loadBundle', () => {
  it('runs the script in a fresh context with only the emulated services', () => {
    const emu = createEmulator();
    const ctx = loadBundle(BUNDLE, emu, 'Code.js');
    expect(ctx.PRODUCER_SCORE(4, 2)).toBe(42);
    expect(ctx.whatIsThere()).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'object',
      'object',
      'object',
    ]);
    expect(ctx.Bundle).toBeDefined();
  });

  it('lets the script use services and counts its calls', () => {
    const emu = createEmulator();
    const ctx = loadBundle(BUNDLE, emu);
    ctx.writeHello();
    expect(emu.user.getValues('Sheet1', 'A1')).toEqual([['hello']]);
    expect(emu.calls.byMethod()).toEqual({
      'SpreadsheetApp.getActiveSheet': 1,
      'Sheet.getRange': 1,
      'Range.setValue': 1,
    });
    ctx.onEdit(emu.user.edit('Sheet1', 'B2', [[5]]));
    expect(emu.user.cell('Sheet1', 'B2').note).toBe('edited 5');
  });

  it("throws errors of the script's own realm", () => {
    const emu = createEmulator();
    const ctx = loadBundle(BUNDLE, emu);
    expect(ctx.badRange()).toBe(true);
    // Still a normal error for jest when the test calls a service directly.
    expect(() => emu.spreadsheet.getActiveSheet().getRange(0, 1)).toThrow(
      'The starting row of the range is too small.',
    );
  });

  it('keeps contexts apart and stores Dates from the context', () => {
    const a = loadBundle(BUNDLE, createEmulator());
    const emu = createEmulator();
    const b = loadBundle(BUNDLE, emu);
    a.extra = 1;
    expect(b.extra).toBeUndefined();
    const d = b.makeDate();
    expect(d instanceof Date).toBe(false); // another realm
    emu.spreadsheet.getActiveSheet().getRange('A1').setValue(d);
    expect(emu.spreadsheet.getActiveSheet().getRange('A1').getDisplayValue()).toBe('2024-01-02');
  });

  it('names the file in stack traces', () => {
    const emu = createEmulator();
    const ctx = loadBundle('function boom() { throw new Error("x"); }', emu, 'dist/Code.js');
    try {
      ctx.boom();
      throw new Error('did not throw');
    } catch (e) {
      expect(String((e as Error).stack)).toContain('dist/Code.js');
    }
  });
});

describe('loadDist (gas-local)', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dist-'));
    // Two files share one global scope, as a project's files do in Apps Script; other files are skipped.
    writeFileSync(
      join(dir, 'Code.js'),
      'function a() { return b() + 1; } function today() { return new Date().toISOString(); }',
    );
    writeFileSync(
      join(dir, 'More.js'),
      'function b() { return 41; } function bad() { try { SpreadsheetApp.getActiveSheet().getRange(0, 0); } catch (e) { return e instanceof Error; } }',
    );
    writeFileSync(join(dir, 'appsscript.json'), '{ "not": "a script" }');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'Page.html'), '<p>skipped</p>');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads every .js file into one context with the emulator clock and error realm', () => {
    const emu = createEmulator();
    emu.setNow(new Date(Date.UTC(2030, 4, 6)));
    const ctx = loadDist(dir, emu);
    expect(ctx.a()).toBe(42);
    expect(ctx.today()).toBe('2030-05-06T00:00:00.000Z');
    expect(ctx.bad()).toBe(true);
    expect(typeof ctx.require).toBe('undefined');
  });

  it('gives each load its own context', () => {
    const first = loadDist(dir, createEmulator());
    const second = loadDist(dir, createEmulator());
    first.extra = 1;
    expect(second.extra).toBeUndefined();
  });
});
