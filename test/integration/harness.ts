// Loads the built add-on (dist/Code.js, exactly what clasp pushes) into a fresh emulated Apps Script
// context per test. jest's globalSetup builds dist/ before any test runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEmulator, type Emulator, type EmulatorOptions, loadBundle } from '../../emulator';
import { customFunctionEvaluator } from '../../emulator/custom-functions';

export const DIST = join(__dirname, '..', '..', 'dist');
export const CODE = readFileSync(join(DIST, 'Code.js'), 'utf8');

export type { EmulatorOptions };

export interface Addon {
  emu: Emulator;
  // biome-ignore lint/suspicious/noExplicitAny: the bundle's globals are untyped, as in Apps Script
  gas: Record<string, any>;
}

/** A fresh spreadsheet with the add-on loaded; formulas with custom functions evaluate as in Sheets. */
export function freshAddon(options: EmulatorOptions = {}): Addon {
  const emu = createEmulator(options);
  const gas = loadBundle(CODE, emu);
  emu.formulaEvaluator = customFunctionEvaluator(emu, gas);
  return { emu, gas };
}

/** Values made inside the vm context fail `toEqual` on prototype checks; compare by value. */
export function plain<T>(value: T): T {
  // JSON.stringify calls Date#toJSON before the replacer sees the value, so look at the holder.
  return JSON.parse(
    JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
      const raw = this[key];
      return Object.prototype.toString.call(raw) === '[object Date]'
        ? `DATE:${(raw as Date).toISOString()}`
        : v;
    }),
  );
}
