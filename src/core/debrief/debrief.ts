/**
 * The debrief domain (src/core/debrief/) owns closing a partnership: targets read from the brief
 * (targets.ts), the free-text form (input.ts), ROI against the forecast (roi.ts), the comparison and
 * the renewal-or-exit advice (this file), and the sheet and sidebar views (document.ts, view.ts).
 *
 * The debrief of one partnership: the brief's success-metric targets against the actuals from
 * Results (leading: content output, reach, engagement rate; lagging: attributed sales, customer
 * lifetime value), actual ROI against the forecast's Base scenario, and the guide's advice on
 * renewal or exit with its reasons. Advice only: nothing here changes a Stage.
 *
 * Targets are read as the whole briefed term's; the per-period rule compares each month with the
 * term's target spread evenly over the term's months (the months with results when the brief has
 * no end date).
 */
import { formatYearMonth } from '../months';
import type { MonthResult } from '../results/monthly-results';
import type { DebriefNotes } from './input';
import { type ForecastBasis, type RoiLine, roiOf } from './roi';
import { type BriefTargets, type TargetKey, targetLabel } from './targets';
import { formatMetric } from './view';

export type { ForecastBasis, RoiLine };

export type MetricFormat = 'number' | 'percent' | 'money';
export type Verdict = 'met' | 'missed' | 'no target' | 'not measured';

export interface MetricLine {
  readonly key: TargetKey;
  readonly label: string;
  readonly indicator: 'leading' | 'lagging';
  readonly format: MetricFormat;
  readonly target?: number;
  readonly actual?: number;
  readonly verdict: Verdict;
  /** Where the actual comes from. */
  readonly source: string;
}

export interface PeriodLine {
  readonly month: string;
  readonly netSales: number | null;
  /** Under half of the month's share of the sales target. */
  readonly underHalf: boolean;
}

export type Suggestion =
  | 'Renew or extend'
  | 'Consider exit'
  | 'Review before deciding'
  | 'Not enough results yet';

export interface DebriefResult {
  readonly metrics: readonly MetricLine[];
  readonly periods: readonly PeriodLine[];
  /** The monthly sales target the periods are held to, when there is a sales target. */
  readonly monthlySalesTarget?: number;
  readonly termMonths?: number;
  readonly roi: RoiLine;
  readonly suggestion: Suggestion;
  readonly reasons: readonly string[];
  /** Things the reader should know: double-reported sales, unread targets. */
  readonly notes: readonly string[];
}

export interface DebriefInput {
  readonly targets: BriefTargets;
  /** This partnership's months in Results, oldest first. */
  readonly months: readonly MonthResult[];
  readonly notes: DebriefNotes;
  /** The Pipeline row's compensation cells, paid each month (HYBRID_PAYOUT's core). */
  readonly baseFee: unknown;
  readonly commission: unknown;
  /** The Assumptions the forecast runs on, or why they could not be read. */
  readonly forecast: ForecastBasis | { readonly problem: string };
  /** The currencies of this partnership's Results rows: money in several is never added up. */
  readonly currencies?: readonly string[];
}

/** Under half of the lagging target, two periods in a row: the guide's "consistently underperforms". */
const UNDER = 0.5;
const RUN = 2;

const sum = (values: readonly (number | null)[]): number | undefined => {
  let total: number | undefined;
  for (const v of values) if (v !== null) total = (total ?? 0) + v;
  return total;
};

function line(
  key: TargetKey,
  indicator: MetricLine['indicator'],
  format: MetricFormat,
  targets: BriefTargets,
  actual: number | undefined,
  source: string,
): MetricLine {
  const target = targets.targets[key];
  const verdict: Verdict =
    target === undefined
      ? 'no target'
      : actual === undefined
        ? 'not measured'
        : actual >= target
          ? 'met'
          : 'missed';
  return { key, label: targetLabel(key), indicator, format, target, actual, verdict, source };
}

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

function termMonthsOf(targets: BriefTargets, months: readonly MonthResult[]): number | undefined {
  if (targets.start && targets.end) {
    const n = (targets.end.year - targets.start.year) * 12 + (targets.end.month - targets.start.month) + 1;
    if (n >= 1) return n;
  }
  return months.length || undefined;
}

const money = (n: number) => formatMetric('money', n);

export function debrief(given: DebriefInput): DebriefResult {
  const mixed = new Set((given.currencies ?? []).filter((c) => c !== '')).size > 1;
  // Sales in several currencies are not a number: the money metrics and ROI are not measured.
  const input = mixed
    ? { ...given, months: given.months.map((m) => ({ ...m, netSales: null, orders: null })) }
    : given;
  const { targets, months, notes: person } = input;
  const notes: string[] = [...targets.problems.map((p) => `${p}: left out.`)];
  if (mixed)
    notes.push(
      `Results holds this partnership's sales in several currencies (${[...new Set(given.currencies)].join(', ')}): sales and ROI are not measured until they are in one.`,
    );
  const views = sum(months.map((m) => m.views));
  // Engagement rate over the months that report both views and engagement.
  const rated = months.filter((m) => m.views !== null && m.engagement !== null && m.views > 0);
  const ratedViews = sum(rated.map((m) => m.views));
  const engagementRate = ratedViews ? sum(rated.map((m) => m.engagement))! / ratedViews : undefined;
  const sales = sum(months.map((m) => m.netSales));
  const orders = sum(months.map((m) => m.orders));
  const metrics: MetricLine[] = [
    line('targetContentOutput', 'leading', 'number', targets, person.contentOutput, 'entered in the debrief'),
    line('targetReach', 'leading', 'number', targets, views, 'Results: views'),
    line(
      'targetEngagementRate',
      'leading',
      'percent',
      targets,
      engagementRate,
      'Results: engagement ÷ views',
    ),
    line(
      'targetAttributedSales',
      'lagging',
      'money',
      targets,
      sales,
      'Results: attributed sales net of refunds',
    ),
    line(
      'targetLifetimeValue',
      'lagging',
      'money',
      targets,
      person.lifetimeValue,
      orders && sales !== undefined
        ? `entered in the debrief (Results: ${money(sales / orders)} per order so far)`
        : 'entered in the debrief',
    ),
  ];
  for (const m of months) {
    if (m.otherSalesSources.length)
      notes.push(
        `${m.month}: sales from ${m.salesSource}; ${m.otherSalesSources.join(', ')} reported the same orders and ${m.otherSalesSources.length === 1 ? 'was' : 'were'} not added.`,
      );
  }

  const termMonths = termMonthsOf(targets, months);
  const salesTarget = targets.targets.targetAttributedSales;
  const monthlySalesTarget = salesTarget !== undefined && termMonths ? salesTarget / termMonths : undefined;
  const periods: PeriodLine[] = months.map((m) => ({
    month: m.month,
    netSales: m.netSales,
    underHalf:
      monthlySalesTarget !== undefined && m.netSales !== null && m.netSales < UNDER * monthlySalesTarget,
  }));

  const reasons: string[] = [];
  const run = underperformingRun(periods);
  if (run && monthlySalesTarget !== undefined) {
    reasons.push(
      `attributed sales under half of the monthly target (${money(monthlySalesTarget)}) in ${run.join(' and ')}`,
    );
  }
  if (person.ticks.audienceShifting) reasons.push('the audience is shifting away (ticked in the debrief)');
  if (person.ticks.strainedRelationship) reasons.push('the relationship is strained (ticked in the debrief)');
  const roi: RoiLine = mixed ? { ok: false, problem: 'the sales are in several currencies' } : roiOf(input);
  if (reasons.length)
    return {
      metrics,
      periods,
      monthlySalesTarget,
      termMonths,
      roi,
      suggestion: 'Consider exit',
      reasons,
      notes,
    };

  const withTarget = metrics.filter((m) => m.verdict !== 'no target');
  const measured = withTarget.filter((m) => m.verdict === 'met' || m.verdict === 'missed');
  const missed = measured.filter((m) => m.verdict === 'missed');
  const laggingMeasured = measured.some((m) => m.indicator === 'lagging');
  const names = (list: readonly MetricLine[]) => list.map((m) => m.label.toLowerCase()).join(', ');
  const unmeasured = withTarget.filter((m) => m.verdict === 'not measured');
  let suggestion: Suggestion;
  if (withTarget.length === 0) {
    suggestion = 'Not enough results yet';
    reasons.push('the brief has no success-metric targets to compare with');
  } else if (!laggingMeasured) {
    suggestion = 'Not enough results yet';
    reasons.push('no lagging target (attributed sales, customer lifetime value) could be measured yet');
  } else if (missed.length === 0) {
    suggestion = 'Renew or extend';
    reasons.push(`every measured target was met: ${names(measured)}`);
  } else {
    suggestion = 'Review before deciding';
    reasons.push(`missed: ${names(missed)}`);
    const met = measured.filter((m) => m.verdict === 'met');
    if (met.length) reasons.push(`met: ${names(met)}`);
  }
  if (unmeasured.length && suggestion !== 'Not enough results yet')
    reasons.push(`not measured: ${names(unmeasured)}`);
  return { metrics, periods, monthlySalesTarget, termMonths, roi, suggestion, reasons, notes };
}

/** The first run of RUN calendar-consecutive months under half of the target, or undefined. */
function underperformingRun(periods: readonly PeriodLine[]): string[] | undefined {
  let run: PeriodLine[] = [];
  for (const p of periods) {
    const follows = run.length > 0 && monthIndex(p.month) === monthIndex(run[run.length - 1].month) + 1;
    if (!p.underHalf) run = [];
    else run = follows ? [...run, p] : [p];
    if (run.length >= RUN) return run.map((r) => r.month);
  }
  return undefined;
}

/** The months of a term, for the document's header ("2026-09 to 2026-11"). */
export function termText(targets: BriefTargets): string | undefined {
  if (!targets.start) return undefined;
  const start = formatYearMonth(targets.start);
  return targets.end ? `${start} to ${formatYearMonth(targets.end)}` : `from ${start}`;
}
