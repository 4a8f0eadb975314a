// Each generated function, run as BigQuery runs a JavaScript UDF (emulator/bigquery/udf-runtime.ts),
// against the custom function of the built add-on (dist/Code.js in the emulator) on 10,000 seeded
// random rows: the same numbers (exactly, so to the cent), the same `#ERROR: ` text where Sheets
// shows one (as NULL with that text in `error`), and the same message where the Sheets formula fails
// (the query fails).
import { type Addon, freshAddon } from '../integration/harness';
import { asCell, asChecked, random, thrown, udf } from './helpers';

type Checked = { value: number | null; error: string | null };

const ROWS = 10_000;
const column = (values: unknown[]) => values.map((v) => [asCell(v)]);

/** Rows whose UDF result differs from the custom function's, with both, for the failure message. */
function mismatches<T>(expected: T[], actual: T[]): { row: number; expected: T; actual: T }[] {
  const out: { row: number; expected: T; actual: T }[] = [];
  for (let i = 0; i < expected.length; i++) {
    if (!isEqual(expected[i], actual[i])) out.push({ row: i, expected: expected[i], actual: actual[i] });
  }
  return out.slice(0, 5);
}

function isEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a as object);
  if (keys.length !== Object.keys(b as object).length) return false;
  return keys.every((k) => isEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Counts of results by kind, so a test shows the random rows reached numbers, blanks and errors. */
function kinds(results: Checked[]) {
  return {
    numbers: results.filter((r) => r.value !== null).length,
    blanks: results.filter((r) => r.value === null && r.error === null).length,
    errors: results.filter((r) => r.error !== null).length,
  };
}

let addon: Addon;
beforeAll(() => {
  addon = freshAddon();
});

it('a result does not depend on what the same JavaScript context ran before (the body keeps only code)', () => {
  const row = { base_fee: 1000, commission: 0.1, attributed_sales: 25000, bonus_threshold: null };
  const args = { ...row, bonus_amount: null, cap: null, tiers: null, tier_mode: null };
  const fresh = udf('hybrid_payout').call(args);
  const reused = udf('hybrid_payout');
  reused.call({ ...args, commission: 10 });
  expect(thrown(() => reused.call({ ...args, tiers: [{ sales_from: 5, rate: 0.1 }] }))).toMatch(
    /^HYBRID_PAYOUT/,
  );
  expect(reused.call(args)).toEqual(fresh);
  expect(fresh).toEqual({ value: 3500, error: null });
});

describe('producer_score equals PRODUCER_SCORE', () => {
  const score = udf('producer_score');

  it('on 10,000 random rows, under four weight settings', () => {
    const r = random(12);
    const value = () =>
      r.chance(0.08)
        ? null
        : r.chance(0.08)
          ? r.amount(-3, 9, 1)
          : r.chance(0.01)
            ? r.pick([Number.NaN, Number.POSITIVE_INFINITY])
            : r.amount(0, 5, 2);
    const all: Checked[] = [];
    for (const weights of [null, [2, 1, 1], [0.5, 0.3, 0.2], [1, 0, 0]]) {
      const rows = Array.from({ length: ROWS / 4 }, () => [value(), value(), value()]);
      const cols = [0, 1, 2].map((k) => column(rows.map((row) => row[k])));
      const sheet = weights
        ? addon.gas.PRODUCER_SCORE(cols[0], cols[1], cols[2], [weights])
        : addon.gas.PRODUCER_SCORE(cols[0], cols[1], cols[2]);
      const expected = sheet.map((cells: unknown[]) => asChecked(cells[0]));
      const actual = rows.map(([relevance, resonance, reliability]) =>
        score.call({ relevance, resonance, reliability, weights }),
      ) as Checked[];
      expect(mismatches(expected, actual)).toEqual([]);
      all.push(...actual);
    }
    expect(all).toHaveLength(ROWS);
    const seen = kinds(all);
    expect(seen.numbers).toBeGreaterThan(5000);
    expect(seen.blanks).toBeGreaterThan(0);
    expect(seen.errors).toBeGreaterThan(1000);
  });

  it('bad weights fail the query with the message that fails the Sheets formula', () => {
    for (const weights of [
      [0, 0, 0],
      [1, -1, 0],
      [1, 2],
    ]) {
      const sheets = thrown(() => addon.gas.PRODUCER_SCORE(5, 3, 1, [weights]));
      expect(sheets).toMatch(/^PRODUCER_SCORE: weight/);
      expect(thrown(() => score.call({ relevance: 5, resonance: 3, reliability: 1, weights }))).toBe(sheets);
    }
  });

  it('the README examples', () => {
    expect(score.call({ relevance: 5, resonance: 3, reliability: 1, weights: [] })).toEqual({
      value: 60,
      error: null,
    });
    expect(
      (score.call({ relevance: 5, resonance: 3, reliability: 1, weights: [2, 1, 1] }) as Checked).value,
    ).toBeCloseTo(70, 10);
    expect(score.call({ relevance: 7, resonance: 3, reliability: 1, weights: null })).toEqual({
      value: null,
      error: '#ERROR: relevance must be between 0 and 5 (got 7)',
    });
    expect(score.call({ relevance: null, resonance: null, reliability: null, weights: null })).toEqual({
      value: null,
      error: null,
    });
  });
});

describe('hybrid_payout equals HYBRID_PAYOUT', () => {
  const payout = udf('hybrid_payout');
  const TIERS = [
    [0, 0.1],
    [10000, 0.15],
    [50000, 0.2],
  ];

  function randomRow(r: ReturnType<typeof random>, withRate: boolean) {
    const odd = () =>
      r.chance(0.5) ? r.amount(-500, -1) : r.pick([Number.NaN, Number.POSITIVE_INFINITY, 1e308]);
    const amountOrNull = (pNull: number, max: number) =>
      r.chance(pNull) ? null : r.chance(0.03) ? odd() : r.amount(0, max);
    return {
      base_fee: amountOrNull(0.15, 5000),
      commission: withRate
        ? r.chance(0.15)
          ? null
          : r.chance(0.05)
            ? r.pick([10, 15, 150, -0.1])
            : r.amount(0, 0.3, 3)
        : null,
      attributed_sales: amountOrNull(0.1, 100000),
      // A bonus has both parts or neither; now and then only one, which is a row error.
      ...(r.chance(0.6)
        ? { bonus_threshold: null, bonus_amount: null }
        : r.chance(0.05)
          ? r.pick([
              { bonus_threshold: r.amount(0, 60000), bonus_amount: null },
              { bonus_threshold: null, bonus_amount: r.amount(0, 2000) },
            ])
          : { bonus_threshold: amountOrNull(0, 60000), bonus_amount: amountOrNull(0, 2000) }),
      cap: amountOrNull(0.7, 8000),
    };
  }

  function sheetsColumns(rows: ReturnType<typeof randomRow>[], commission: unknown, tierMode?: string) {
    const col = (key: keyof ReturnType<typeof randomRow>) => column(rows.map((row) => row[key]));
    const args = [
      col('base_fee'),
      commission ?? col('commission'),
      col('attributed_sales'),
      col('bonus_threshold'),
      col('bonus_amount'),
      col('cap'),
    ];
    return addon.gas.HYBRID_PAYOUT(...args, ...(tierMode ? [tierMode] : [])) as unknown[][];
  }

  it('on 10,000 random rows: 6,000 with a flat rate, 2,000 with marginal tiers, 2,000 with whole tiers', () => {
    const r = random(34);
    const flat = Array.from({ length: 6000 }, () => randomRow(r, true));
    const marginal = Array.from({ length: 2000 }, () => randomRow(r, false));
    const whole = Array.from({ length: 2000 }, () => randomRow(r, false));
    const expected = [
      ...sheetsColumns(flat, undefined).map((cells) => asChecked(cells[0])),
      ...sheetsColumns(marginal, TIERS).map((cells) => asChecked(cells[0])),
      ...sheetsColumns(whole, TIERS, 'whole').map((cells) => asChecked(cells[0])),
    ];
    const tiers = TIERS.map(([sales_from, rate]) => ({ sales_from, rate }));
    const actual = [
      ...flat.map((row) => payout.call({ ...row, tiers: [], tier_mode: null })),
      ...marginal.map((row) => payout.call({ ...row, tiers, tier_mode: null })),
      ...whole.map((row) => payout.call({ ...row, tiers, tier_mode: 'whole' })),
    ] as Checked[];
    expect(mismatches(expected, actual)).toEqual([]);
    expect(actual).toHaveLength(ROWS);
    const seen = kinds(actual);
    expect(seen.numbers).toBeGreaterThan(5000);
    expect(seen.blanks).toBeGreaterThan(0);
    expect(seen.errors).toBeGreaterThan(500);
    expect(actual.some((a) => a.error?.includes('did you mean'))).toBe(true);
  });

  it('a bad tier table fails the query with the message that fails the Sheets formula', () => {
    for (const table of [
      [
        [5, 0.1],
        [100, 0.2],
      ],
      [
        [0, 0.1],
        [0, 0.2],
      ],
      [[0, 12]],
    ]) {
      const sheets = thrown(() => addon.gas.HYBRID_PAYOUT(1000, table, 25000));
      expect(sheets).toMatch(/^HYBRID_PAYOUT: tier table/);
      const tiers = table.map(([sales_from, rate]) => ({ sales_from, rate }));
      const row = { base_fee: 1000, commission: null, attributed_sales: 25000, bonus_threshold: null };
      expect(
        thrown(() => payout.call({ ...row, bonus_amount: null, cap: null, tiers, tier_mode: null })),
      ).toBe(sheets);
    }
  });

  it('a bad tier_mode fails the query as it fails the Sheets formula, with or without tiers', () => {
    const sheets = thrown(() => addon.gas.HYBRID_PAYOUT(1000, 0.1, 25000, '', '', '', 'stepped'));
    expect(sheets).toBe('HYBRID_PAYOUT: tier_mode must be "marginal" or "whole" (got "stepped")');
    const row = { base_fee: 1000, commission: 0.1, attributed_sales: 25000, bonus_threshold: null };
    expect(
      thrown(() => payout.call({ ...row, bonus_amount: null, cap: null, tiers: null, tier_mode: 'stepped' })),
    ).toBe(sheets);
  });

  it('the README examples; a rate and a tier table on one row is that row error', () => {
    const none = { bonus_threshold: null, bonus_amount: null, cap: null, tiers: [], tier_mode: null };
    expect(payout.call({ base_fee: 1000, commission: 0.1, attributed_sales: 25000, ...none })).toEqual({
      value: 3500,
      error: null,
    });
    expect(
      payout.call({
        base_fee: 1000,
        commission: 0.1,
        attributed_sales: 25000,
        bonus_threshold: 20000,
        bonus_amount: 500,
        cap: 2000,
        tiers: [],
        tier_mode: null,
      }),
    ).toEqual({ value: 3000, error: null });
    const tiers = TIERS.slice(0, 2).map(([sales_from, rate]) => ({ sales_from, rate }));
    expect(
      (payout.call({ base_fee: 1000, commission: null, attributed_sales: 25000, ...none, tiers }) as Checked)
        .value,
    ).toBe(4250);
    expect(payout.call({ base_fee: 1000, commission: 0.1, attributed_sales: 25000, ...none, tiers })).toEqual(
      {
        value: null,
        error: '#ERROR: give commission or tiers, not both',
      },
    );
    expect(payout.call({ base_fee: 1000, commission: 10, attributed_sales: 25000, ...none })).toEqual({
      value: null,
      error: '#ERROR: commission 10 is over 100%: did you mean 10%?',
    });
  });
});

describe('roi_forecast equals ROI_FORECAST', () => {
  const roi = udf('roi_forecast');
  type Args = {
    partnerships: (number | null)[];
    monthly_cost: number | null;
    return_multiple: number | null;
    months: number | null;
    hidden_cost_rate: number | null;
    ramp_months: number | null;
    start_month: Date | null;
  };

  function randomArgs(r: ReturnType<typeof random>): Args {
    const months = r.chance(0.03) ? r.pick([0, 121, 2.5, null]) : r.chance(0.02) ? 120 : r.int(1, 24);
    const count = typeof months === 'number' && months >= 1 ? Math.floor(months) : 3;
    const partnerships = r.chance(0.7)
      ? [r.int(0, 50)]
      : Array.from({ length: r.chance(0.05) ? Math.max(2, count - 1) : count }, () =>
          r.chance(0.01) ? r.pick([null, -1]) : r.int(0, 60),
        );
    return {
      partnerships,
      monthly_cost: r.chance(0.02) ? r.pick([null, -5]) : r.amount(0, 3000),
      return_multiple: r.chance(0.02) ? null : r.amount(0, 6),
      months,
      hidden_cost_rate: r.chance(0.2) ? null : r.chance(0.02) ? 15 : r.amount(0, 0.5, 3),
      ramp_months: r.chance(0.2) ? null : r.chance(0.02) ? r.pick([0, 1.5]) : r.int(1, 12),
      start_month: r.chance(0.8) ? null : new Date(Date.UTC(r.int(2020, 2030), r.int(0, 11), r.int(1, 28))),
    };
  }

  /** ROI_FORECAST's table (after its header) as the UDF's rows: Month is a number or a date. */
  function asRows(table: unknown[][]) {
    return table.slice(1).map((cells, i) => {
      const [month, ...numbers] = cells;
      const isDate = Object.prototype.toString.call(month) === '[object Date]';
      const [partnerships, compensation, hidden_costs, total_cost, revenue, net, cumulative_net, roi] =
        numbers;
      return {
        month: isDate ? i + 1 : month,
        month_start: isDate ? (month as Date).toISOString().slice(0, 10) : null,
        partnerships,
        compensation,
        hidden_costs,
        total_cost,
        revenue,
        net,
        cumulative_net,
        cumulative_roi: roi === '' ? null : roi,
      };
    });
  }

  it('on 10,000 random sets of inputs', () => {
    const r = random(56);
    let tables = 0;
    let months = 0;
    const failures: string[] = [];
    const differences: unknown[] = [];
    for (let k = 0; k < ROWS; k++) {
      const args = randomArgs(r);
      const partnerships =
        args.partnerships.length === 1 ? asCell(args.partnerships[0]) : column(args.partnerships);
      let sheets: unknown[][] | undefined;
      const sheetsError = thrown(() => {
        sheets = addon.gas.ROI_FORECAST(
          partnerships,
          asCell(args.monthly_cost),
          asCell(args.return_multiple),
          asCell(args.months),
          asCell(args.hidden_cost_rate),
          asCell(args.ramp_months),
          asCell(args.start_month),
        );
      });
      let rows: unknown;
      const udfError = thrown(() => {
        rows = roi.call(args);
      });
      if (sheetsError !== undefined || udfError !== undefined) {
        if (sheetsError !== udfError) differences.push({ k, sheetsError, udfError });
        else failures.push(sheetsError!);
        continue;
      }
      const expected = asRows(sheets!);
      if (!isEqual(expected, rows))
        differences.push({ k, args, expected: expected[0], actual: (rows as unknown[])[0] });
      tables++;
      months += expected.length;
    }
    expect(differences.slice(0, 3)).toEqual([]);
    expect(tables).toBeGreaterThan(8000);
    expect(months).toBeGreaterThan(100_000);
    expect(failures.length).toBeGreaterThan(300);
    expect(new Set(failures.map((m) => m.split(' (')[0])).size).toBeGreaterThan(5);
  });

  it('the README example, with month_start from a DATE', () => {
    const rows = roi.call({
      partnerships: [10],
      monthly_cost: 1000,
      return_multiple: 4,
      months: 3,
      hidden_cost_rate: 0.2,
      ramp_months: 3,
      start_month: new Date('2026-01-01T00:00:00Z'),
    }) as Record<string, unknown>[];
    expect(rows.map((row) => row.month_start)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(rows.map((row) => Math.round((row.revenue as number) * 100) / 100)).toEqual([
      13333.33, 26666.67, 40000,
    ]);
    expect(rows[2].cumulative_roi).toBeCloseTo(1.2222, 4);
  });
});
