/**
 * A debrief's return on investment: each month's payout on the Pipeline row's terms (HYBRID_PAYOUT's
 * core) plus the hidden cost rate against the attributed sales, beside the forecast's Base scenario
 * for one partnership over the same months (ROI_FORECAST's core).
 */
import { forecast } from '../forecast/forecast';
import { payoutFromCells } from '../payout/payout';
import type { MonthResult } from '../results/monthly-results';
import { RowError } from '../values';

export type RoiLine =
  | {
      readonly ok: true;
      readonly months: number;
      readonly cost: number;
      readonly revenue: number;
      readonly actualRoi: number;
      readonly actualMultiple: number;
      readonly baseMultiple: number;
      readonly baseRevenue: number;
      readonly baseRoi: number;
    }
  | { readonly ok: false; readonly problem: string };

export interface ForecastBasis {
  readonly baseMultiple: number;
  readonly hiddenCostRate: number;
  readonly rampMonths: number;
}

interface RoiInput {
  readonly months: readonly MonthResult[];
  readonly baseFee: unknown;
  readonly commission: unknown;
  readonly forecast: ForecastBasis | { readonly problem: string };
}

export function roiOf(input: RoiInput): RoiLine {
  const { months } = input;
  if ('problem' in input.forecast) return { ok: false, problem: input.forecast.problem };
  if (months.length === 0) return { ok: false, problem: 'no months in Results yet' };
  const { baseMultiple, hiddenCostRate, rampMonths } = input.forecast;
  let paid = 0;
  let revenue = 0;
  for (const m of months) {
    try {
      // A month without sales still pays the base fee.
      paid += payoutFromCells(
        input.baseFee,
        input.commission,
        m.netSales === null ? '' : Math.max(0, m.netSales),
      );
    } catch (error) {
      if (error instanceof RowError)
        return { ok: false, problem: `the Pipeline row's payout: ${error.message}` };
      throw error;
    }
    revenue += m.netSales ?? 0;
  }
  const cost = paid * (1 + hiddenCostRate);
  if (!(cost > 0)) return { ok: false, problem: 'nothing was paid, so there is no return to measure' };
  // The Base scenario for one partnership over the same months, at its average compensation.
  const base = forecast({
    partnerships: months.map(() => 1),
    monthlyCost: paid / months.length,
    returnMultiple: baseMultiple,
    months: months.length,
    hiddenCostRate,
    rampMonths,
  });
  const baseRevenue = base.reduce((s, r) => s + r.revenue, 0);
  return {
    ok: true,
    months: months.length,
    cost,
    revenue,
    actualRoi: (revenue - cost) / cost,
    actualMultiple: revenue / paid,
    baseMultiple,
    baseRevenue,
    baseRoi: base[base.length - 1].cumulativeRoi ?? 0,
  };
}
