/**
 * Forecast against actuals from the Results sheet, when there is one. A month typed in the Actuals
 * sheet is a person's books and wins; a month only Results knows takes its revenue from Results
 * (attributed sales net of refunds, one source per month: src/core/results/monthly-results.ts) and
 * its cost from those partnerships' payouts that month (HYBRID_PAYOUT's core on the Pipeline row's
 * terms) plus the hidden cost rate. What could not be counted is named in a note.
 */
import { type ColumnMap, readRow } from '../lifecycle/pipeline';
import { formatYearMonth, type YearMonth } from '../months';
import { payoutFromCells } from '../payout/payout';
import { monthlyResults } from '../results/monthly-results';
import type { ResultTotals } from '../results/results-sheet';
import { RowError } from '../values';
import type { ActualMonth } from './plan';

const yearMonth = (month: string): YearMonth => ({
  year: Number(month.slice(0, 4)),
  month: Number(month.slice(5, 7)),
});

export function actualsFromResults(
  results: readonly ResultTotals[],
  rows: readonly (readonly unknown[])[],
  map: ColumnMap,
  hiddenCostRate: number,
): { actuals: ActualMonth[]; notes: string[] } {
  const terms = new Map<string, { baseFee: unknown; commission: unknown }>();
  if (map.id !== undefined) {
    for (const cells of rows) {
      const id = String(cells[map.id] ?? '').trim();
      if (id === '' || terms.has(id)) continue;
      const row = readRow(cells, map);
      terms.set(id, { baseFee: row.baseFee, commission: row.commission });
    }
  }
  const byMonth = new Map<string, { cost: number; revenue: number }>();
  const unknown = new Set<string>();
  const unpaid: string[] = [];
  for (const [id, months] of monthlyResults(results)) {
    const term = terms.get(id);
    if (!term) {
      unknown.add(id);
      continue;
    }
    for (const m of months) {
      if (m.netSales === null) continue; // a month of views only says nothing of money
      let payout: number;
      try {
        payout = payoutFromCells(term.baseFee, term.commission, Math.max(0, m.netSales));
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        unpaid.push(`${id} (${error.message})`);
        continue;
      }
      const month = byMonth.get(m.month) ?? { cost: 0, revenue: 0 };
      month.cost += payout * (1 + hiddenCostRate);
      month.revenue += m.netSales;
      byMonth.set(m.month, month);
    }
  }
  const notes: string[] = [];
  if (unknown.size)
    notes.push(
      `Results holds sales of ${unknown.size} ID(s) no Pipeline row has (${[...unknown].slice(0, 5).join(', ')}): not counted`,
    );
  if (unpaid.length)
    notes.push(
      `Results months left out, their payout could not be computed: ${unpaid.slice(0, 5).join('; ')}`,
    );
  const actuals = [...byMonth.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, { cost, revenue }]) => ({ month: yearMonth(month), totalCost: cost, revenue }));
  return { actuals, notes };
}

/**
 * Typed Actuals first; Results fill the months they lack (noted). Undefined when there is neither
 * an Actuals sheet nor any money in Results (the report then has no actuals section, as before).
 */
export function mergeActuals(
  typed: { actuals: ActualMonth[]; problems: string[] } | undefined,
  fromResults: { actuals: ActualMonth[]; notes: string[] } | undefined,
): { actuals: ActualMonth[]; problems: string[] } | undefined {
  if (!fromResults || (fromResults.actuals.length === 0 && fromResults.notes.length === 0)) return typed;
  const typedMonths = new Set((typed?.actuals ?? []).map((a) => formatYearMonth(a.month)));
  const added = fromResults.actuals.filter((a) => !typedMonths.has(formatYearMonth(a.month)));
  const problems = [...(typed?.problems ?? []), ...fromResults.notes];
  if (added.length) {
    problems.push(
      `Actuals for ${added.map((a) => formatYearMonth(a.month)).join(', ')} come from Results (revenue: attributed sales net of refunds; cost: those partnerships' payouts plus hidden costs)`,
    );
  }
  return { actuals: [...(typed?.actuals ?? []), ...added], problems };
}
