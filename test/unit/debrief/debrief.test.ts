import { type DebriefInput, debrief } from '../../../src/core/debrief/debrief';
import { emptyDebriefForm, readDebriefForm } from '../../../src/core/debrief/input';
import { monthlyResults } from '../../../src/core/results/monthly-results';
import type { ResultTotals } from '../../../src/core/results/results-sheet';
import { resultRow as row } from '../results/result-rows';

const notes = readDebriefForm(emptyDebriefForm()).notes!;
const targets = (t: Record<string, number>, months = 4) =>
  ({
    targets: t,
    start: { year: 2026, month: 8 },
    end: { year: 2026, month: 7 + months },
    from: 'test',
    problems: [],
  }) as DebriefInput['targets'];
const input = (
  months: ResultTotals[],
  t: Record<string, number>,
  extra: Partial<DebriefInput> = {},
): DebriefInput => ({
  targets: targets(t),
  months: monthlyResults(months).get('P-1') ?? [],
  notes,
  baseFee: 1000,
  commission: 0.1,
  forecast: { baseMultiple: 4, hiddenCostRate: 0.15, rampMonths: 3 },
  ...extra,
});

describe('debrief', () => {
  const under = [
    row('P-1', '2026-08', 'Shopify', { attributedSales: 7000 }),
    row('P-1', '2026-09', 'Shopify', { attributedSales: 2000 }),
    row('P-1', '2026-10', 'Shopify', { attributedSales: 2999 }),
  ];

  it('two calendar months in a row under half of the monthly share of the target: consider exit', () => {
    const result = debrief(input(under, { targetAttributedSales: 24000 }));
    expect(result.monthlySalesTarget).toBe(6000);
    expect(result.suggestion).toBe('Consider exit');
    expect(result.reasons).toEqual([
      'attributed sales under half of the monthly target ($6,000.00) in 2026-09 and 2026-10',
    ]);
  });

  it('months under half that are not consecutive, or exactly half, do not count as a run', () => {
    const gap = [
      row('P-1', '2026-08', 'Shopify', { attributedSales: 100 }),
      row('P-1', '2026-10', 'Shopify', { attributedSales: 100 }),
    ];
    expect(debrief(input(gap, { targetAttributedSales: 24000 })).suggestion).toBe('Review before deciding');
    const half = [
      row('P-1', '2026-08', 'Shopify', { attributedSales: 3000 }),
      row('P-1', '2026-09', 'Shopify', { attributedSales: 3000 }),
    ];
    expect(debrief(input(half, { targetAttributedSales: 24000 })).suggestion).toBe('Review before deciding');
  });

  it('renews when every measured target is met; needs a lagging target measured', () => {
    const good = [
      row('P-1', '2026-08', 'Shopify', { attributedSales: 30000 }),
      row('P-1', '2026-08', 'YouTube', { views: 9, engagement: 1 }),
    ];
    expect(debrief(input(good, { targetAttributedSales: 24000, targetReach: 9 })).suggestion).toBe(
      'Renew or extend',
    );
    const noSales = [row('P-1', '2026-08', 'YouTube', { views: 9 })];
    const result = debrief(input(noSales, { targetAttributedSales: 24000, targetReach: 5 }));
    expect(result.suggestion).toBe('Not enough results yet');
    expect(debrief(input(good, {})).reasons).toEqual([
      'the brief has no success-metric targets to compare with',
    ]);
  });

  it('ROI: the row’s payout each month, hidden costs, against the Base forecast over the same months', () => {
    const result = debrief(input(under, { targetAttributedSales: 24000 }));
    expect(result.roi.ok).toBe(true);
    if (!result.roi.ok) return;
    const paid = 3000 + 0.1 * 11999;
    expect(result.roi.cost).toBeCloseTo(paid * 1.15, 9);
    expect(result.roi.actualRoi).toBeCloseTo((11999 - paid * 1.15) / (paid * 1.15), 12);
    expect(result.roi.baseRevenue).toBeCloseTo((paid / 3) * 4 * (1 / 3 + 2 / 3 + 1), 9);
    const broken = debrief(input(under, {}, { commission: 10 }));
    expect(broken.roi).toEqual({
      ok: false,
      problem: "the Pipeline row's payout: commission 10 is over 100%: did you mean 10%?",
    });
  });
});

describe('currencies', () => {
  it('sales in several currencies are never added: not measured, and said so', () => {
    const rows = [
      row('P-1', '2026-08', 'Shopify', { attributedSales: 7000 }),
      { ...row('P-1', '2026-09', 'Shopify', { attributedSales: 2000 }), currency: 'EUR' },
    ];
    const result = debrief(input(rows, { targetAttributedSales: 24000 }, { currencies: ['USD', 'EUR'] }));
    expect(result.metrics.find((m) => m.key === 'targetAttributedSales')?.verdict).toBe('not measured');
    expect(result.roi.ok).toBe(false);
    expect(result.suggestion).toBe('Not enough results yet');
    expect(result.notes).toContain(
      "Results holds this partnership's sales in several currencies (USD, EUR): sales and ROI are not measured until they are in one.",
    );
  });
});
