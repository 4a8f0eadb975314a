import { lastFullMonth, parsePayoutMonth, salesByMonth } from '../../../src/core/payout/month-sales';
import {
  inScope,
  type PayoutInput,
  type PayoutPartnership,
  planPayouts,
} from '../../../src/core/payout/payouts';
import {
  formatClawbackEntries,
  mapPayoutColumns,
  PAYOUT_FIELDS,
  PAYOUTS_COLUMNS,
  type PayoutField,
  type PayoutRecord,
  parseClawbackEntries,
  parseStatus,
  payoutRecords,
} from '../../../src/core/payout/payouts-sheet';
import { commissionFor, type DealTerms } from '../../../src/core/payout/terms';
import type { ResultTotals } from '../../../src/core/results/results-sheet';

const flat = (baseFee: number, rate: number): DealTerms => ({ baseFee, commission: { kind: 'rate', rate } });
const tiered: DealTerms = {
  baseFee: 1000,
  commission: {
    kind: 'tiers',
    tiers: [
      { from: 0, rate: 0.1 },
      { from: 10000, rate: 0.15 },
    ],
  },
};

function result(
  id: string,
  month: string,
  sales: number | null,
  refunds: number | null = null,
): ResultTotals {
  return {
    id,
    month,
    source: 'Shopify',
    currency: 'USD',
    metrics: { sessions: null, orders: null, attributedSales: sales, refunds, views: null, engagement: null },
  };
}

function record(row: number, cells: Partial<Record<PayoutField, unknown>>): PayoutRecord {
  return { row, cells: { clawbackFor: '', clawedBackLater: '', notes: '', ...cells } };
}

/** A paid row as the add-on would have written it for sales on flat terms. */
function paid(row: number, id: string, month: string, sales: number, terms: DealTerms): PayoutRecord {
  const commission = commissionFor(terms, sales);
  return record(row, {
    id,
    producer: id,
    month,
    baseFee: terms.baseFee,
    attributedSales: sales,
    commission,
    clawback: 0,
    totalDue: terms.baseFee + commission,
    status: 'paid',
  });
}

function input(over: Partial<PayoutInput> & { partnerships: PayoutPartnership[] }): PayoutInput {
  return {
    month: '2026-11',
    pipelineIds: new Set(over.partnerships.map((p) => p.id)),
    sales: new Map(),
    records: [],
    firstFreeRow: 2,
    ...over,
  };
}

describe('inScope', () => {
  const facts = (stage: string, startMonth?: string, endMonth?: string) => ({ stage, startMonth, endMonth });
  it('pays a partnership whose contract covers the month, or one with Results that month', () => {
    expect(inScope(facts('Promotion', '2026-09'), '2026-11', false)).toBe(true);
    expect(inScope(facts('Onboarding', '2026-11', '2026-11'), '2026-11', false)).toBe(true);
    expect(inScope(facts('Negotiation', '2026-09'), '2026-11', false)).toBe(false);
    expect(inScope(facts('Promotion', '2026-12'), '2026-11', false)).toBe(false);
    expect(inScope(facts('Exit', '2026-01', '2026-10'), '2026-11', false)).toBe(false);
    expect(inScope(facts('Promotion'), '2026-11', false)).toBe(false);
    expect(inScope(facts('Discovery'), '2026-11', true)).toBe(true);
  });
});

describe('planPayouts', () => {
  const ada: PayoutPartnership = { id: 'P-0001', producer: 'Ada', terms: flat(1000, 0.1) };

  it('adds a pending row below the last, commission on sales net of refunds, in cents', () => {
    const plan = planPayouts(
      input({
        partnerships: [ada],
        sales: salesByMonth([result('P-0001', '2026-11', 12345.678, 345.67)]),
        firstFreeRow: 7,
      }),
    );
    expect([...plan.writes.keys()]).toEqual([7]);
    expect(plan.writes.get(7)).toEqual({
      id: 'P-0001',
      producer: 'Ada',
      month: '2026-11',
      status: 'pending',
      baseFee: 1000,
      attributedSales: 12000.01,
      commission: 1200,
      clawback: 0,
      totalDue: 2200,
      clawbackFor: '',
      clawedBackLater: '',
      notes: '',
    });
    expect(plan.wholeRows).toEqual(new Set([7]));
    expect(plan.counts).toMatchObject({ added: 1, totalDue: 2200 });
  });

  it('rewrites a pending row only when it changes; never a paid one', () => {
    const sales = salesByMonth([result('P-0001', '2026-11', 5000)]);
    const first = planPayouts(input({ partnerships: [ada], sales }));
    const written = record(2, first.writes.get(2)!);
    const again = planPayouts(input({ partnerships: [ada], sales, records: [written] }));
    expect(again.writes.size).toBe(0);
    expect(again.counts.unchanged).toBe(1);
    const more = salesByMonth([result('P-0001', '2026-11', 6000)]);
    expect(
      planPayouts(input({ partnerships: [ada], sales: more, records: [written] })).writes.get(2),
    ).toMatchObject({
      commission: 600,
    });
    const paidRow = record(2, { ...first.writes.get(2)!, status: ' Paid ' });
    const kept = planPayouts(input({ partnerships: [ada], sales: more, records: [paidRow] }));
    expect(kept.writes.size).toBe(0);
    expect(kept.counts).toMatchObject({ paid: 1, totalDue: 1500 });
  });

  it('claws back the commission the refund took away, with tiers, from the next month only once', () => {
    const terms = tiered;
    const october = paid(2, 'P-0001', '2026-10', 25000, terms);
    expect(october.cells.commission).toBe(1000 + 2250); // 10% of the first 10,000, 15% of the rest
    const p: PayoutPartnership = { id: 'P-0001', producer: 'Ada', terms };
    const sales = salesByMonth([result('P-0001', '2026-10', 25000, 10000), result('P-0001', '2026-11', 0)]);
    const plan = planPayouts(input({ partnerships: [p], sales, records: [october], firstFreeRow: 3 }));
    // Sales 25,000 -> 15,000 take the commission from 3,250 to 1,750: 1,500 back, not 10% or 15% of 10,000.
    expect(plan.writes.get(3)).toMatchObject({
      clawback: 1000,
      clawbackFor: '2026-10: 1000.00',
      totalDue: 0,
    });
    expect(plan.writes.get(3)!.notes).toBe(
      'claws back refunds after payment of 2026-10; 500.00 of refunds after payment is left for a later payout',
    );
    expect(plan.writes.get(2)).toEqual({
      clawedBackLater: '2026-11: 1000.00',
      notes: 'Refunds after payment: attributed sales now 15000.00 (paid on 25000.00)',
    });
    // November paid; December takes the 500 left, and nothing more after that.
    const november = record(3, { ...plan.writes.get(3)!, status: 'paid' });
    const december = planPayouts(
      input({ month: '2026-12', partnerships: [p], sales, records: [october, november], firstFreeRow: 4 }),
    );
    expect(december.writes.get(4)).toMatchObject({
      clawback: 500,
      clawbackFor: '2026-10: 500.00',
      totalDue: 500,
    });
    const decemberPaid = record(4, { ...december.writes.get(4)!, status: 'paid' });
    const january = planPayouts(
      input({
        month: '2027-01',
        partnerships: [p],
        sales,
        records: [october, november, decemberPaid],
        firstFreeRow: 5,
      }),
    );
    expect(january.writes.get(5)).toMatchObject({ clawback: 0, clawbackFor: '' });
  });

  it('never claws back more than the paid row’s Commission', () => {
    const october = record(2, {
      ...paid(2, 'P-0001', '2026-10', 25000, flat(1000, 0.1)).cells,
      commission: 100,
    });
    const sales = salesByMonth([result('P-0001', '2026-10', 0), result('P-0001', '2026-11', 5000)]);
    const plan = planPayouts(input({ partnerships: [ada], sales, records: [october], firstFreeRow: 3 }));
    expect(plan.writes.get(3)).toMatchObject({ clawback: 100, totalDue: 1400 });
  });

  it('leaves an approved row as it is and says what it would be now', () => {
    const sales = salesByMonth([result('P-0001', '2026-11', 5000)]);
    const approved = record(2, {
      ...planPayouts(input({ partnerships: [ada], sales })).writes.get(2)!,
      status: 'approved',
    });
    const more = salesByMonth([result('P-0001', '2026-11', 7000)]);
    const plan = planPayouts(input({ partnerships: [ada], sales: more, records: [approved] }));
    expect(plan.writes.get(2)).toEqual({
      notes:
        'Changed after approval: the total due would now be 1700.00 (set Status to pending and prepare again to update it)',
    });
    expect(plan.counts.approved).toBe(1);
    // Results back as they were: the note goes.
    const noted = record(2, { ...approved.cells, notes: plan.writes.get(2)!.notes });
    expect(planPayouts(input({ partnerships: [ada], sales, records: [noted] })).writes.get(2)).toEqual({
      notes: '',
    });
  });

  it('names unknown statuses, duplicate rows, unreadable clawback records and Results without a partnership', () => {
    const sales = salesByMonth([result('P-0001', '2026-11', 5000), result('P-0404', '2026-11', 10)]);
    const plan = planPayouts(
      input({
        partnerships: [ada, { id: 'P-0002', producer: 'Bo', terms: flat(1, 0) }],
        sales,
        records: [
          record(2, { id: 'P-0001', month: '2026-11', status: 'on hold' }),
          record(3, { id: 'P-0001', month: '2026-11', status: 'pending' }),
          record(4, { id: 'P-0002', month: '2026-10', status: 'paid', clawbackFor: 'lots' }),
        ],
        firstFreeRow: 5,
      }),
    );
    expect(plan.problems).toEqual([
      'Payouts rows 2 and 3 are both P-0001 2026-11: row 3 was left as it is.',
      'Payouts row 4: "Clawed back for" holds "lots", not entries like "2026-10: 25.00": no refunds after payment were clawed back for P-0002.',
      'Payouts row 2 (P-0001 2026-11): Status "on hold" is not pending, approved or paid, so the row was left as it is.',
      'Results for 2026-11 name 1 partnership not in the Pipeline (P-0404): no payout rows for them.',
    ]);
    expect([...plan.writes.keys()]).toEqual([5]);
  });

  it('writes a row without amounts when the terms cannot be read, and says why', () => {
    const plan = planPayouts(
      input({
        partnerships: [
          { id: 'P-0001', producer: 'Ada', termsProblem: 'Commission 10 is over 100%: did you mean 10%?' },
        ],
      }),
    );
    expect(plan.writes.get(2)).toMatchObject({
      baseFee: '',
      commission: '',
      totalDue: '',
      notes: 'Not computed: Commission 10 is over 100%: did you mean 10%?',
    });
    expect(plan.counts.totalDue).toBe(0);
  });

  it('refuses to add up Results in more than one currency', () => {
    const sales = salesByMonth([
      result('P-0001', '2026-11', 100),
      { ...result('P-0001', '2026-11', 50), currency: 'eur' },
    ]);
    const plan = planPayouts(input({ partnerships: [ada], sales }));
    expect(plan.writes.get(2)).toMatchObject({
      attributedSales: '',
      totalDue: '',
      notes: 'Not computed: its Results for 2026-11 mix currencies (USD, EUR)',
    });
    expect(plan.problems).toEqual([
      'P-0001: its Results for 2026-11 mix currencies (USD, EUR): its 2026-11 row has no amounts.',
    ]);
  });

  it('notes Results that report no sales at all (views only), rather than showing a bare 0', () => {
    const plan = planPayouts(
      input({ partnerships: [ada], sales: salesByMonth([result('P-0001', '2026-11', null)]) }),
    );
    expect(plan.writes.get(2)).toMatchObject({
      attributedSales: 0,
      notes: 'its Results for 2026-11 report no sales, only other metrics',
    });
  });

  it('notes a month without Results and a month whose refunds exceed its sales', () => {
    const none = planPayouts(input({ partnerships: [ada] }));
    expect(none.writes.get(2)).toMatchObject({
      attributedSales: 0,
      totalDue: 1000,
      notes: 'no Results for 2026-11: no attributed sales',
    });
    const negative = planPayouts(
      input({ partnerships: [ada], sales: salesByMonth([result('P-0001', '2026-11', 100, 300)]) }),
    );
    expect(negative.writes.get(2)).toMatchObject({
      attributedSales: -200,
      commission: 0,
      notes: 'refunds exceed sales in 2026-11: commission on 0',
    });
  });

  it('keys by ID, so an ID like "constructor" or "__proto__" is just an ID', () => {
    const odd = ['constructor', '__proto__'].map((id) => ({ id, producer: id, terms: flat(10, 0) }));
    const plan = planPayouts(input({ partnerships: odd }));
    expect([...plan.writes.values()].map((v) => [v.id, v.totalDue])).toEqual([
      ['constructor', 10],
      ['__proto__', 10],
    ]);
  });
});

describe('the Payouts sheet contract', () => {
  it('finds columns by header and reads records, skipping blank rows', () => {
    const header = ['Mine', ...PAYOUT_FIELDS.map((f) => ` ${PAYOUTS_COLUMNS[f].toUpperCase()} `)];
    const columns = mapPayoutColumns(header);
    expect(columns.id).toBe(1);
    const blank = header.map(() => '');
    const row = header.map((_, i) => (i === 1 ? 'P-0001' : i === 3 ? '2026-11' : ''));
    expect(payoutRecords([header, blank, row], columns)).toEqual([
      { row: 3, cells: expect.objectContaining({ id: 'P-0001', month: '2026-11' }) },
    ]);
  });

  it('reads statuses leniently and clawback records strictly', () => {
    expect(['', ' PAID', 'approved', 'on hold'].map(parseStatus)).toEqual([
      'pending',
      'paid',
      'approved',
      undefined,
    ]);
    expect(parseClawbackEntries('2026-09: 120.00; 2026-10: 35.5')).toEqual([
      { month: '2026-09', amount: 120 },
      { month: '2026-10', amount: 35.5 },
    ]);
    expect(formatClawbackEntries([{ month: '2026-09', amount: 120 }])).toBe('2026-09: 120.00');
    for (const bad of ['2026-13: 1.00', '2026-09: -1', '2026-09:1', 'x', 12, '2026-09: 1e5'])
      expect(parseClawbackEntries(bad)).toBeUndefined();
  });

  it('reads a 50,000-character record in linear time', () => {
    const long = `${'2026-09: 1; '.repeat(4000)}2026-09: ${'1'.repeat(2000)}x`;
    const start = performance.now();
    expect(parseClawbackEntries(long)).toBeUndefined();
    expect(parseClawbackEntries(' '.repeat(50000))).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(200);
  });
});

describe('the month to prepare', () => {
  it('defaults to the last full month, refuses other shapes and months not over', () => {
    expect(lastFullMonth({ year: 2027, month: 1 })).toBe('2026-12');
    expect(parsePayoutMonth('  ', '2026-11', '2026-12')).toEqual({ month: '2026-11' });
    expect(parsePayoutMonth(' 2026-10 ', '2026-11', '2026-12')).toEqual({ month: '2026-10' });
    expect(parsePayoutMonth('2026-1', '2026-11', '2026-12')).toEqual({
      problem: 'Type the month as yyyy-mm, for example 2026-11 (got "2026-1").',
    });
    expect(parsePayoutMonth('x'.repeat(50000), '2026-11', '2026-12')).toEqual({
      problem: `Type the month as yyyy-mm, for example 2026-11 (got "${'x'.repeat(37)}...").`,
    });
    expect(parsePayoutMonth('2027-01', '2026-11', '2026-12')).toEqual({
      problem:
        '2027-01 has not ended yet: payouts are prepared for a month that is over (the last is 2026-11).',
    });
  });
});

describe('salesByMonth', () => {
  it('sums every source of a partnership’s month, net of refunds; a views-only source adds nothing', () => {
    const sales = salesByMonth([
      result('P-1', '2026-11', 1000, 100),
      { ...result('P-1', '2026-11', 500), source: 'GA4' },
      { ...result('P-1', '2026-11', null), source: 'YouTube' },
      result('P-1', '2026-10', 7),
    ]);
    expect(sales.get('P-1|2026-11')).toEqual({
      sales: 1500,
      refunds: 100,
      net: 1400,
      sources: [
        { source: 'Shopify', sales: 1000, refunds: 100 },
        { source: 'GA4', sales: 500, refunds: 0 },
      ],
      currencies: ['USD'],
    });
    expect(sales.get('P-1|2026-10')!.net).toBe(7);
    expect(sales.has('P-1|2026-09')).toBe(false);
  });
});
