/**
 * Over-reliance: producers holding more than half of all attributed sales (the risk of depending
 * on one producer). Producers are grouped by name, case and surrounding spaces ignored. The shares
 * come from the same core as PARTNER_CONCENTRATION and the maturity assessment.
 */

import { type ColumnMap, type PipelineRow, readRow } from '../lifecycle/pipeline';
import { isBlank, toNonNegative } from '../values';
import { SalesByProducer } from './concentration';

const OVER_RELIANCE_SHARE = 0.5;

/** Whether a producer's share of all attributed sales is over the limit (also read by src/bigquery). */
export const isOverReliant = (share: number): boolean => share > OVER_RELIANCE_SHARE;

/** Share of all sales by producer key (textKey of the name), for producers over the limit only. */
export function overReliance(rows: readonly PipelineRow[]): Map<string, number> {
  const byProducer = new SalesByProducer();
  for (const row of rows) {
    // Rows with blank or invalid sales are left out of the totals (their Status names the value).
    if (isBlank(row.producer) || isBlank(row.attributedSales)) continue;
    let sales: number;
    try {
      sales = toNonNegative(row.attributedSales, 'sales');
    } catch {
      continue;
    }
    byProducer.add(row.producer, sales);
  }
  const flagged = new Map<string, number>();
  for (const producer of byProducer.concentration()?.producers ?? []) {
    if (isOverReliant(producer.share)) flagged.set(producer.key, producer.share);
  }
  return flagged;
}

/** Over-reliance over the whole sheet's rows. */
export function overRelianceOf(rows: readonly (readonly unknown[])[], map: ColumnMap): Map<string, number> {
  return overReliance(rows.map((cells) => readRow(cells, map)));
}

/**
 * Over-reliance on the sales the Results sheet attributes (net of refunds, one source per month),
 * credited to the producer of each partnership's Pipeline row (the first row of an ID). IDs that no
 * Pipeline row holds are left out and counted.
 */
export function overRelianceOnResults(
  rows: readonly (readonly unknown[])[],
  map: ColumnMap,
  salesById: ReadonlyMap<string, number>,
): { flagged: Map<string, number>; unknownIds: number } {
  const producerOf = new Map<string, unknown>();
  if (map.id !== undefined && map.producer !== undefined) {
    for (const cells of rows) {
      const id = String(cells[map.id] ?? '').trim();
      if (id !== '' && !producerOf.has(id)) producerOf.set(id, cells[map.producer]);
    }
  }
  const credited: PipelineRow[] = [];
  let unknownIds = 0;
  for (const [id, sales] of salesById) {
    const producer = producerOf.get(id);
    if (producer === undefined) unknownIds++;
    else credited.push({ producer, attributedSales: Math.max(0, sales) });
  }
  return { flagged: overReliance(credited), unknownIds };
}
