import { newDraft } from '../../../src/core/brief/draft';
import { type DebriefInput, debrief } from '../../../src/core/results/debrief';
import {
  emptyDebriefForm,
  normalizeDebriefForm,
  readDebriefForm,
} from '../../../src/core/results/debrief-input';
import { targetsFromBriefSheet, targetsFromDraft } from '../../../src/core/results/debrief-targets';
import { formatMetric } from '../../../src/core/results/debrief-view';
import { latestMonths, monthlyResults, totalSales } from '../../../src/core/results/monthly-results';
import type { ResultTotals } from '../../../src/core/results/results-sheet';

const metrics = (m: Partial<ResultTotals['metrics']>): ResultTotals['metrics'] => ({
  sessions: null,
  orders: null,
  attributedSales: null,
  refunds: null,
  views: null,
  engagement: null,
  ...m,
});
const row = (
  id: string,
  month: string,
  source: ResultTotals['source'],
  m: Partial<ResultTotals['metrics']>,
): ResultTotals => ({
  id,
  month,
  source,
  currency: 'USD',
  metrics: metrics(m),
});

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

describe('monthlyResults', () => {
  it('takes one source’s sales per month (Shopify before GA4), net of its refunds; adds views', () => {
    const months = monthlyResults([
      row('P-1', '2026-09', 'GA4', { attributedSales: 950 }),
      row('P-1', '2026-09', 'Shopify', { attributedSales: 1000, refunds: 100, orders: 9 }),
      row('P-1', '2026-09', 'YouTube', { views: 10, engagement: 1 }),
      row('P-1', '2026-09', 'TikTok', { views: 5 }),
      row('P-1', '2026-08', 'GA4', { attributedSales: 300 }),
    ]).get('P-1')!;
    expect(months.map((m) => m.month)).toEqual(['2026-08', '2026-09']);
    expect(months[1]).toEqual({
      month: '2026-09',
      netSales: 900,
      refunds: 100,
      salesSource: 'Shopify',
      otherSalesSources: ['GA4'],
      orders: 9,
      views: 15,
      engagement: 1,
    });
    expect(months[0].netSales).toBe(300);
  });

  it('a month without sales is null, never 0; IDs like "constructor" are fine', () => {
    const rows = [row('constructor', '2026-09', 'YouTube', { views: 3 })];
    expect(monthlyResults(rows).get('constructor')![0].netSales).toBeNull();
    expect(totalSales(rows).has('constructor')).toBe(false);
    expect(latestMonths([...rows, row('constructor', '2026-11', 'TikTok', {})]).get('constructor')).toBe(
      '2026-11',
    );
  });
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

describe('targets and the form', () => {
  it('reads targets from the brief sheet’s label rows, numbers or text; names what it cannot read', () => {
    const t = targetsFromBriefSheet(
      [
        ['Brief P-1: Ana × Acme'],
        ['Start date', new Date(Date.UTC(2026, 7, 1))],
        ['End date', '2026-11-30'],
        ['Reach', 50000],
        ['Engagement rate (%)', 0.05],
        ['Attributed sales', '$24,000'],
        ['Customer lifetime value', 'lots'],
      ],
      'Brief P-1',
      (d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 }),
    );
    expect(t.targets).toEqual({
      targetReach: 50000,
      targetEngagementRate: 0.05,
      targetAttributedSales: 24000,
    });
    expect(t.start).toEqual({ year: 2026, month: 8 });
    expect(t.end).toEqual({ year: 2026, month: 11 });
    expect(t.problems).toEqual(['Customer lifetime value target "lots" is not a number']);
    const d = targetsFromDraft(newDraft({ targetEngagementRate: '4.5', targetContentOutput: '3' }));
    expect(d.targets).toEqual({ targetEngagementRate: 0.045, targetContentOutput: 3 });
  });

  it('the form keeps only its own keys and text; numbers are checked', () => {
    const form = normalizeDebriefForm({
      text: { worked: '=1+1', __proto__: { x: 1 }, extra: 'no' },
      ticks: { audienceShifting: 'yes', strainedRelationship: true },
      numbers: { contentOutput: 3, lifetimeValue: '' },
    });
    expect(form.text).toEqual({ worked: '=1+1', didNotWork: '', toChange: '' });
    expect(form.ticks).toEqual({ audienceShifting: false, strainedRelationship: true });
    expect(readDebriefForm(form).notes?.contentOutput).toBe(3);
    const long = readDebriefForm({ ...form, text: { ...form.text, toChange: 'x'.repeat(2001) } });
    expect(long.errors).toEqual([
      { field: 'toChange', message: 'What to change is too long (2001 characters, at most 2000)' },
    ]);
  });

  it('formats without Intl', () => {
    expect(formatMetric('money', 1234567.5)).toBe('$1,234,567.50');
    expect(formatMetric('money', -5)).toBe('-$5.00');
    expect(formatMetric('percent', 0.0509)).toBe('5.1%');
    expect(formatMetric('number', 55000)).toBe('55,000');
    expect(formatMetric('number', undefined)).toBe('');
  });
});
