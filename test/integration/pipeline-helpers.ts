// Shared helpers for the integration tests: a set-up workbook, rows typed by header name, and the edit
// events Sheets would send for them.
import { PIPELINE_COLUMNS } from '../../src/core/lifecycle/pipeline';
import { type Addon, type EmulatorOptions, freshAddon } from './harness';

export const NOW = new Date(Date.UTC(2026, 10, 28, 15));
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The Pipeline headers Set up workbook lays out, in order. */
export const HEADERS: string[] = Object.values(PIPELINE_COLUMNS);

/** A fresh add-on at NOW (New York unless told otherwise) after Set up workbook. */
export function setUpAddon(options: EmulatorOptions = {}): Addon {
  const a = freshAddon({ timeZone: 'America/New_York', ...options });
  a.emu.setNow(NOW);
  a.gas.setUpWorkbook();
  return a;
}

/** A partnership that meets every requirement up to Promotion. */
export function promotionRow(producer: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Producer: producer,
    Platform: 'YouTube',
    Relevance: 4,
    Resonance: 4,
    Reliability: 5,
    Stage: 'Promotion',
    'Start date': day('2026-09-01'),
    'Base fee': 1000,
    Commission: 0.1,
    'Attributed sales': 5000,
    'Contract signed': true,
    Brief: 'Spring launch brief',
    'Usage rights': 'Organic + 30 days paid',
    'Revision rounds': 1,
    Disclosure: true,
    'UTM link': 'https://shop.example.com/?utm_source=a&utm_medium=video&utm_campaign=spring',
    'Last check-in': day('2026-11-20'),
    ...extra,
  };
}

export function header({ emu }: Addon): string[] {
  const width = emu.user.getValues('Pipeline', '1:1')[0].length;
  return emu.user.getValues('Pipeline', `A1:${letter(width)}1`)[0].map(String);
}

export function letter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Full-width row values for a record keyed by header text; other cells blank. */
export function rowValues(names: string[], record: Record<string, unknown>): unknown[] {
  const row = names.map(() => '' as unknown);
  for (const [name, value] of Object.entries(record)) {
    const index = names.indexOf(name);
    if (index < 0) throw new Error(`no column ${name}`);
    row[index] = value;
  }
  // The header cells of Score and Payout hold formulas that fill those columns: leave them empty.
  return row;
}

/** Types (or pastes) records into consecutive rows starting at `firstRow` and fires onEdit once. */
export function typeRows(addon: Addon, firstRow: number, records: Record<string, unknown>[]): void {
  const names = header(addon);
  const values = records.map((r) => rowValues(names, r));
  const a1 = `A${firstRow}:${letter(names.length)}${firstRow + records.length - 1}`;
  // Pasting over the formula-filled columns would break their spill; people type around them.
  const skip = new Set([names.indexOf('Score'), names.indexOf('Payout')]);
  for (const [index] of names.entries()) {
    if (!skip.has(index)) continue;
    for (const row of values) row[index] = '';
  }
  addon.gas.onEdit(addon.emu.user.edit('Pipeline', a1, values));
}

/** Types one cell by header name and fires onEdit. */
export function typeCell(addon: Addon, row: number, column: string, value: unknown) {
  const names = header(addon);
  const index = names.indexOf(column);
  if (index < 0) throw new Error(`no column ${column}`);
  addon.gas.onEdit(addon.emu.user.edit('Pipeline', `${letter(index + 1)}${row}`, [[value]]));
}

export function cellOf(addon: Addon, row: number, column: string): unknown {
  const names = header(addon);
  return addon.emu.user.getValues('Pipeline', `${letter(names.indexOf(column) + 1)}${row}`)[0][0];
}

export function columnOf(addon: Addon, column: string, first: number, last: number): unknown[] {
  const names = header(addon);
  const l = letter(names.indexOf(column) + 1);
  return addon.emu.user.getValues('Pipeline', `${l}${first}:${l}${last}`).map((r) => r[0]);
}
