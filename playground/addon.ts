// The built add-on (dist/, every .js file, loaded with gas-local as the integration tests load it) in a
// fresh emulator. Formulas that call its custom functions are computed by the bundle; other formulas
// keep the results saved in the workbook file (the emulator has no general formula engine).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEmulator, type Emulator, type EmulatorOptions, loadDist } from '../emulator';
import { customFunctionEvaluator } from '../emulator/custom-functions';
import { type CachedResults, cachedKey, type ExcelFormulas, loadWorkbook } from './workbook-file';

export interface Addon {
  emu: Emulator;
  // biome-ignore lint/suspicious/noExplicitAny: the bundle's globals are untyped, as in Apps Script
  gas: Record<string, any>;
  /** Results the workbook file holds for formulas the emulator cannot compute; filled by loading. */
  cached: CachedResults;
  /** Formulas the workbook file held in Excel's own form, written back so; filled by loading. */
  excelFormulas: ExcelFormulas;
  /** The last error per formula cell ('Sheet!row,col'), e.g. why a spill was blocked. */
  formulaErrors: Map<string, string>;
  customFunctions: readonly string[];
  /** Whether a formula calls one of the bundle's custom functions (which only Sheets can compute). */
  callsCustomFunction(formula: string): boolean;
}

/** Names of the bundle's custom functions: the stubs whose JSDoc says @customfunction. */
export function customFunctionNames(distDir: string): string[] {
  const names: string[] = [];
  for (const file of readdirSync(distDir).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(distDir, file), 'utf8');
    for (const m of code.matchAll(/@customfunction\s*\*\/\s*function ([A-Za-z_$][\w$]*)\(/g))
      names.push(m[1]);
  }
  return names;
}

export function startAddon(distDir: string, options: EmulatorOptions = {}): Addon {
  const emu = createEmulator(options);
  const gas = loadDist(distDir, emu);
  const customFunctions = customFunctionNames(distDir).map((n) => n.toUpperCase());
  const custom = customFunctionEvaluator(emu, gas);
  const cached: CachedResults = new Map();
  const formulaErrors = custom.errors;
  const callsCustomFunction = (formula: string) => {
    const upper = formula.toUpperCase();
    return customFunctions.some((name) => upper.includes(`${name}(`));
  };
  emu.formulaEvaluator = (formula, sheetName, row, col) => {
    if (callsCustomFunction(formula)) return custom(formula, sheetName, row, col);
    return cached.get(cachedKey(sheetName, row, col, formula)) ?? '';
  };
  return { emu, gas, cached, excelFormulas: new Set(), formulaErrors, customFunctions, callsCustomFunction };
}

/**
 * Replaces the add-on's workbook with a file's, keeping the results the file holds for formulas the
 * emulator cannot compute and which formulas were Excel's own (saveWorkbook writes those back as they were).
 */
export async function loadAddonWorkbook(addon: Addon, file: string): Promise<void> {
  const loaded = await loadWorkbook(addon.emu, file, addon.callsCustomFunction);
  for (const [key, value] of loaded.cached) addon.cached.set(key, value);
  for (const key of loaded.excelFormulas) addon.excelFormulas.add(key);
}
