/**
 * Over-reliance: producers holding more than half of all attributed sales (the risk of depending
 * on one producer). Producers are grouped by name, case and surrounding spaces ignored.
 */
import { type ColumnMap, type PipelineRow, readRow } from './pipeline';
import { isBlank, textKey, toNonNegative } from './values';

const OVER_RELIANCE_SHARE = 0.5;

/** Share of all sales by producer key (textKey of the name), for producers over the limit only. */
export function overReliance(rows: readonly PipelineRow[]): Map<string, number> {
  const byProducer = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    // Rows with blank or invalid sales are left out of the totals.
    if (isBlank(row.producer) || isBlank(row.attributedSales)) continue;
    let sales: number;
    try {
      sales = toNonNegative(row.attributedSales, 'sales');
    } catch {
      continue;
    }
    total += sales;
    const key = textKey(row.producer);
    byProducer.set(key, (byProducer.get(key) ?? 0) + sales);
  }
  const flagged = new Map<string, number>();
  if (total <= 0) return flagged;
  for (const [key, sales] of byProducer) {
    if (sales / total > OVER_RELIANCE_SHARE) flagged.set(key, sales / total);
  }
  return flagged;
}

/** Over-reliance over the whole sheet's rows. */
export function overRelianceOf(rows: readonly (readonly unknown[])[], map: ColumnMap): Map<string, number> {
  return overReliance(rows.map((cells) => readRow(cells, map)));
}
