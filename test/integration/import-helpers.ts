// The import's integration helpers: a workbook whose Pipeline matches the fixtures' partnerships
// (test/results/fixtures.ts), and an import run as the dialog runs it: one getImportContext call,
// the file parsed with the core here, one importResults call into the built bundle.
import type { ImportContext, ImportOutcome } from '../../src/core/results/import-contract';
import { type PrepareOptions, prepareImport } from '../../src/core/results/prepare-import';
import { type Addon, plain } from './harness';
import { header, letter, promotionRow, setUpAddon, typeRows } from './pipeline-helpers';

const link = (campaign: string) =>
  `https://shop.example.com/?utm_source=instagram&utm_medium=creator&utm_campaign=${campaign}`;

/** Set up, with a Discount code column and the four partnerships of the fixtures' CONTEXT. */
export function importAddon(): Addon {
  const addon = setUpAddon();
  const width = header(addon).length;
  addon.emu.user.setValues('Pipeline', `${letter(width + 1)}1`, [['Discount code']]);
  typeRows(addon, 2, [
    promotionRow('Ana Lopez', { 'UTM link': link('ana-spring'), 'Discount code': 'ANA10' }),
    promotionRow('Ben Okafor', { 'UTM link': link('P-0002'), 'Discount code': 'BEN15' }),
    promotionRow('Cleo Park', { 'UTM link': link('shared') }),
    promotionRow('Dan Wu', { 'UTM link': link('shared') }),
  ]);
  return addon;
}

export function contextOf(addon: Addon): ImportContext {
  return plain(addon.gas.getImportContext());
}

/** Parses text with the core and sends its totals; throws the core's or the server's message. */
export function runImport(
  addon: Addon,
  text: string,
  fileName: string,
  options: PrepareOptions = {},
): ImportOutcome {
  const prepared = prepareImport(text, fileName, contextOf(addon), options);
  if (!prepared.ok) throw new Error(prepared.message);
  return plain(addon.gas.importResults(prepared.payload));
}

/** The Results sheet as records keyed by header. */
export function resultRows(addon: Addon): Record<string, unknown>[] {
  const values = addon.emu.user.getValues('Results');
  const [head, ...rows] = values;
  return rows.map((row) => Object.fromEntries(head.map((h, i) => [String(h), row[i]])));
}
