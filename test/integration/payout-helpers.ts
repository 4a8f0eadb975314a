// Shared helpers for the payout tests: Results rows written as the import's contract lays them out
// (src/core/results/results-sheet.ts), the menu item answered through its prompt, and the Payouts
// sheet read back by header.
import { PAYOUTS_COLUMNS, type PayoutField } from '../../src/core/payout/payouts-sheet';
import { RESULTS_COLUMNS, resultKey } from '../../src/core/results/results-sheet';
import type { Addon } from './harness';
import { day, promotionRow, setUpAddon, typeRows } from './pipeline-helpers';

export interface ResultLine {
  id: string;
  month: string;
  source?: string;
  sales?: number | string | null;
  refunds?: number | string | null;
}

/** The Results sheet, replaced whole by these rows (as a person or the import would leave it). */
export function writeResults(a: Addon, lines: ResultLine[]): void {
  const ss = a.emu.spreadsheet;
  const sheet = ss.getSheetByName('Results') ?? ss.insertSheet('Results');
  sheet.clear();
  const headers = Object.values(RESULTS_COLUMNS);
  const rows = lines.map((l) => {
    const source = l.source ?? 'Shopify';
    const record: Record<string, unknown> = {
      Key: resultKey(l.id, l.month, source),
      'Partnership ID': l.id,
      Month: l.month,
      Source: source,
      'Attributed sales': l.sales ?? '',
      Refunds: l.refunds ?? '',
      Currency: 'USD',
    };
    return headers.map((h) => record[h] ?? '');
  });
  a.emu.user.setValues('Results', 'A1', [headers, ...rows]);
}

/** Runs "Prepare payouts…" with the month typed into its prompt ('' accepts the default). */
export function prepare(a: Addon, month: string, button = 'OK'): void {
  a.emu.ui.promptResponses.push({ text: month, button });
  a.gas.preparePayouts();
}

export type PayoutRow = Record<PayoutField, unknown> & { row: number };

/** The Payouts sheet's rows by field, found by header. */
export function payoutRows(a: Addon): PayoutRow[] {
  const values = a.emu.user.getValues('Payouts');
  const header = values[0].map(String);
  const fields = Object.entries(PAYOUTS_COLUMNS) as [PayoutField, string][];
  return values.slice(1).flatMap((cells, i) => {
    if (cells.every((c) => c === '')) return [];
    const row = { row: i + 2 } as PayoutRow;
    for (const [field, title] of fields) row[field] = cells[header.indexOf(title)];
    return [row];
  });
}

export function payoutRow(a: Addon, id: string, month: string): PayoutRow {
  const found = payoutRows(a).find((r) => r.id === id && r.month === month);
  if (!found) throw new Error(`no Payouts row ${id} ${month}`);
  return found;
}

/** A person sets a row's cell by its header, as typed text. */
export function setPayoutCell(a: Addon, id: string, month: string, field: PayoutField, value: unknown): void {
  const row = payoutRow(a, id, month).row;
  const header = a.emu.user.getValues('Payouts')[0].map(String);
  const column = header.indexOf(PAYOUTS_COLUMNS[field]) + 1;
  const a1 = a.emu.spreadsheet.getSheetByName('Payouts')!.getRange(row, column).getA1Notation();
  a.emu.user.setValues('Payouts', a1, [[value]]);
}

/** A set-up workbook on 2026-12-03 with partnerships P-0001 (1,000 + 10%) and P-0002 (500 + 20%). */
export function payoutWorkbook(): Addon {
  const a = setUpAddon();
  a.emu.setNow(new Date(Date.UTC(2026, 11, 3, 15)));
  typeRows(a, 2, [
    promotionRow('Ada', { 'Base fee': 1000, Commission: 0.1, 'Start date': day('2026-09-01') }),
    promotionRow('Bo', { 'Base fee': 500, Commission: 0.2, 'Start date': day('2026-10-01') }),
  ]);
  return a;
}
