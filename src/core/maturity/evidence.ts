/**
 * The evidence the maturity criteria rate, gathered in one pass over the Pipeline rows: how many
 * partnerships past each stage have their contract, brief, UTM link, debrief and KPI, producers
 * renewed, partnership length and sales concentration. Pure, like the criteria (criteria.ts).
 */
import { type Concentration, SalesByProducer } from '../concentration/concentration';
import {
  type ColumnMap,
  type PipelineField,
  type PipelineRow,
  parseStage,
  readRow,
  type Stage,
  stageIndex,
} from '../lifecycle/pipeline';
import { isBlankRow, parseTick, utmProblem } from '../lifecycle/row-cells';
import { isBlank, isDate, textKey, toNonNegative } from '../values';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface MaturityInput {
  /** Pipeline rows below the header, full width. */
  readonly rows: readonly (readonly unknown[])[];
  readonly map: ColumnMap;
  readonly now: number;
  /** Whether a monthly forecast is scheduled, and whether one was ever run. */
  readonly forecast: { readonly scheduled: boolean; readonly everRun: boolean };
  /** Valid rows of the Actuals sheet (one per month); undefined when there is no Actuals sheet. */
  readonly actualRows?: number;
}

export interface Count {
  have: number;
  of: number;
}

/** Everything the criteria need, gathered in one pass over the rows. */
export interface Evidence {
  rows: number;
  contract: Count;
  brief: Count;
  utm: Count;
  debrief: Count;
  kpi: Count;
  renewedProducers: number;
  cycledProducers: number;
  lengthDays: { sum: number; count: number };
  concentration?: Concentration;
  missing: ReadonlySet<PipelineField>;
}

const from = (stage: Stage, first: Stage) => stageIndex(stage) >= stageIndex(first);

export function gatherEvidence(input: MaturityInput): Evidence {
  const missing = new Set<PipelineField>(
    (
      [
        'stage',
        'producer',
        'contractSigned',
        'brief',
        'utmLink',
        'debriefDone',
        'attributedSales',
        'startDate',
      ] as const
    ).filter((field) => input.map[field] === undefined),
  );
  const e: Evidence = {
    rows: 0,
    contract: { have: 0, of: 0 },
    brief: { have: 0, of: 0 },
    utm: { have: 0, of: 0 },
    debrief: { have: 0, of: 0 },
    kpi: { have: 0, of: 0 },
    renewedProducers: 0,
    cycledProducers: 0,
    lengthDays: { sum: 0, count: 0 },
    missing,
  };
  const ticked = (row: PipelineRow, field: PipelineField) => {
    try {
      return parseTick(row[field], field);
    } catch {
      return false; // text that is not a tick is not evidence of one
    }
  };
  // Per producer: contracted partnerships, whether one was renewed, whether one completed a cycle.
  const producers = new Map<string, { contracted: number; renewed: boolean; cycled: boolean }>();
  const sales = new SalesByProducer();
  for (const cells of input.rows) {
    const row = readRow(cells, input.map);
    if (isBlankRow(row)) continue;
    e.rows++;
    const stage = parseStage(row.stage);
    if (!stage) continue;
    const count = (c: Count, field: PipelineField, first: Stage, has: () => boolean) => {
      if (missing.has(field) || !from(stage, first)) return;
      c.of++;
      if (has()) c.have++;
    };
    count(e.contract, 'contractSigned', 'Onboarding', () => ticked(row, 'contractSigned'));
    count(e.brief, 'brief', 'Co-creation', () => !isBlank(row.brief));
    count(
      e.utm,
      'utmLink',
      'Promotion',
      () => !isBlank(row.utmLink) && utmProblem(row.utmLink) === undefined,
    );
    count(e.debrief, 'debriefDone', 'Renewal', () => ticked(row, 'debriefDone'));
    let amount: number | undefined;
    try {
      amount = isBlank(row.attributedSales) ? undefined : toNonNegative(row.attributedSales, 'sales');
    } catch {
      amount = undefined; // the row's Status names the bad value; here it is simply not a KPI
    }
    count(e.kpi, 'attributedSales', 'Measurement', () => amount !== undefined);
    if (amount !== undefined && !isBlank(row.producer)) sales.add(row.producer, amount);
    if (from(stage, 'Onboarding') && isDate(row.startDate)) {
      const end = isDate(row.endDate) ? row.endDate.getTime() : input.now;
      const days = (end - row.startDate.getTime()) / DAY_MS;
      if (days >= 0) {
        e.lengthDays.sum += days;
        e.lengthDays.count++;
      }
    }
    if (!isBlank(row.producer)) {
      const key = textKey(row.producer);
      const p = producers.get(key) ?? { contracted: 0, renewed: false, cycled: false };
      if (from(stage, 'Onboarding')) p.contracted++;
      if (stage === 'Renewal') p.renewed = true;
      if (from(stage, 'Measurement')) p.cycled = true;
      producers.set(key, p);
    }
  }
  for (const p of producers.values()) {
    // A second contracted partnership with the same producer is a renewal too.
    const renewed = p.renewed || p.contracted > 1;
    if (renewed) e.renewedProducers++;
    if (renewed || p.cycled) e.cycledProducers++;
  }
  e.concentration = sales.concentration();
  return e;
}
