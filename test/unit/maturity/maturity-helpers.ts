/** Pipeline rows and assessment inputs shared by the maturity tests. */

import { mapColumns, PIPELINE_COLUMNS } from '../../../src/core/lifecycle/pipeline';
import type { assessMaturity, MaturityInput } from '../../../src/core/maturity/maturity';

export const HEADERS = Object.values(PIPELINE_COLUMNS) as string[];
export const NOW = Date.UTC(2026, 10, 28);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const UTM = 'https://shop.example.com/?utm_source=a&utm_medium=b&utm_campaign=c';

export function row(record: Record<string, unknown>): unknown[] {
  return HEADERS.map((h) => record[h] ?? '');
}

/** A partnership complete up to its stage. */
export function done(producer: string, stage: string, extra: Record<string, unknown> = {}) {
  return row({
    Producer: producer,
    Stage: stage,
    'Contract signed': true,
    Brief: 'brief',
    'UTM link': UTM,
    'Debrief done': true,
    'Attributed sales': 1000,
    'Start date': day('2026-01-01'),
    'End date': day('2026-09-01'),
    ...extra,
  });
}

export function input(rows: unknown[][], extra: Partial<MaturityInput> = {}): MaturityInput {
  return {
    rows,
    map: mapColumns(HEADERS),
    now: NOW,
    forecast: { scheduled: true, everRun: true },
    actualRows: 12,
    ...extra,
  };
}

export const byName = (a: ReturnType<typeof assessMaturity>) => {
  if (!a.rated) throw new Error('not rated');
  return new Map(a.criteria.map((c) => [c.name, c]));
};
