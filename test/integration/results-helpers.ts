// Results rows written as the import writes them (src/core/results/results-sheet.ts is the contract):
// one row per partnership, month and source, Key and Month as text.
import { RESULTS_COLUMNS, RESULTS_SHEET, resultKey } from '../../src/core/results/results-sheet';
import type { Addon } from './harness';
import { letter } from './pipeline-helpers';

export interface ResultRow {
  id: string;
  month: string;
  source: string;
  sessions?: number;
  orders?: number;
  attributedSales?: number;
  refunds?: number;
  views?: number;
  engagement?: number;
  currency?: string;
}

const FIELDS = Object.keys(RESULTS_COLUMNS) as (keyof typeof RESULTS_COLUMNS)[];

export function resultValues(rows: readonly ResultRow[]): unknown[][] {
  return [
    FIELDS.map((f) => RESULTS_COLUMNS[f]),
    ...rows.map((r) =>
      FIELDS.map((f) => {
        if (f === 'key') return `'${resultKey(r.id, r.month, r.source)}`;
        if (f === 'month') return `'${r.month}`;
        if (f === 'currency') return r.currency ?? 'USD';
        if (f === 'importedAt') return new Date('2026-11-27T10:00:00Z');
        const value = (r as unknown as Record<string, unknown>)[f];
        return value ?? '';
      }),
    ),
  ];
}

/** Replaces the Results sheet's content with these rows (the user's hand, not the add-on's: uncounted). */
export function writeResults(addon: Addon, rows: readonly ResultRow[]): void {
  const values = resultValues(rows);
  addon.emu.user.setValues(RESULTS_SHEET, `A1:${letter(FIELDS.length)}${values.length}`, values);
}
