// The three custom functions, called through the built bundle exactly as Sheets calls them:
// single values as values, ranges as 2-D arrays; and from formulas in cells.
import { type Addon, freshAddon, plain } from './harness';

let addon: Addon;
beforeEach(() => {
  addon = freshAddon();
});

const column = (...values: unknown[]) => values.map((v) => [v]);

describe('PRODUCER_SCORE', () => {
  it('scores 5, 3, 1 as 60 with equal weights, 70 with weights 2, 1, 1 (as a row or a column), 100 on relevance alone', () => {
    const { gas } = addon;
    expect(gas.PRODUCER_SCORE(5, 3, 1)).toBeCloseTo(60, 10);
    expect(gas.PRODUCER_SCORE(5, 3, 1, [[2, 1, 1]])).toBeCloseTo(70, 10);
    expect(gas.PRODUCER_SCORE(5, 0, 0, [[1, 0, 0]])).toBe(100);
    expect(gas.PRODUCER_SCORE(5, 3, 1, column(2, 1, 1))).toBeCloseTo(70, 10);
  });

  it('one N x 3 range, with blank rows and per-row errors', () => {
    const rows = [
      [5, 3, 1],
      ['', '', ''],
      [7, 3, 1],
      ['4', 'high', 2],
      [4, '', ''],
      ['5', '5', '5'],
    ];
    expect(plain(addon.gas.PRODUCER_SCORE(rows))).toEqual([
      [60],
      [''],
      ['#ERROR: relevance must be between 0 and 5 (got 7)'],
      ['#ERROR: resonance must be a number (got "high")'],
      [''],
      [100],
    ]);
  });

  it('three columns; omitted middle arguments arrive as "" or undefined', () => {
    const { gas } = addon;
    expect(plain(gas.PRODUCER_SCORE(column(5, 4), column(3, 4), column(1, 4)))).toEqual([[60], [80]]);
    expect(plain(gas.PRODUCER_SCORE([[5, 3, 1]], '', '', [[1, 0, 0]]))).toEqual(100);
  });

  it('single cells filled down: blank cells arrive as "" and give a blank (vetting under way) or a row error, not a call error', () => {
    const { gas } = addon;
    expect(gas.PRODUCER_SCORE('', '', '')).toBe('');
    expect(gas.PRODUCER_SCORE(5, '', '')).toBe('');
    expect(gas.PRODUCER_SCORE(5, '', 3)).toBe('');
    expect(gas.PRODUCER_SCORE(9, '', 3)).toBe('#ERROR: relevance must be between 0 and 5 (got 9)');
    addon.emu.user.setValues('Sheet1', 'A1:D3', [
      [5, '', '', '=PRODUCER_SCORE(A1, B1, C1)'],
      ['', '', '', '=PRODUCER_SCORE(A2, B2, C2)'],
      ['', 'n/a', '', '=PRODUCER_SCORE(A3, B3, C3)'],
    ]);
    expect(addon.emu.user.getValues('Sheet1', 'D1:D3')).toEqual([
      [''],
      [''],
      ['#ERROR: resonance must be a number (got "n/a")'],
    ]);
  });

  it('call errors throw with a message that says what to fix', () => {
    const { gas } = addon;
    expect(() => gas.PRODUCER_SCORE(column(1, 2), column(1, 2, 3), column(1, 2))).toThrow(
      'PRODUCER_SCORE: ranges must have the same number of rows (got relevance 2, resonance 3, reliability 2)',
    );
    expect(() => gas.PRODUCER_SCORE(5, 3, 1, [[0, 0, 0]])).toThrow(
      'PRODUCER_SCORE: weights must not all be zero',
    );
    expect(() => gas.PRODUCER_SCORE(5, 3, 1, [[1, 2]])).toThrow('weights must be three numbers');
    expect(() => gas.PRODUCER_SCORE([[5, 3]])).toThrow(
      'give relevance, resonance and reliability, or one range of three columns',
    );
    expect(() => gas.PRODUCER_SCORE(5, 3)).toThrow('(got 1 x 1 and resonance only)');
    expect(() => gas.PRODUCER_SCORE(5)).toThrow('give relevance, resonance and reliability');
  });

  it('never returns NaN or Infinity for any input', () => {
    const junk = [
      '',
      ' ',
      'x',
      '1e999',
      Number.NaN,
      Number.POSITIVE_INFINITY,
      true,
      null,
      '=1+1',
      '-',
      '%',
      5,
      '5',
    ];
    const rows = junk.flatMap((a) => junk.map((b) => [a, b, 3]));
    const out = addon.gas.PRODUCER_SCORE(rows) as unknown[][];
    for (const [v] of out) {
      if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
      else expect(v === '' || String(v).startsWith('#ERROR: ')).toBe(true);
    }
  });
});

describe('HYBRID_PAYOUT', () => {
  it('pays base fee plus commission, marginal tiers, a capped bonus, and reads numbers typed as text', () => {
    const { gas } = addon;
    expect(gas.HYBRID_PAYOUT(1000, 0.1, 25000)).toBeCloseTo(3500, 9);
    expect(
      gas.HYBRID_PAYOUT(
        1000,
        [
          [0, 0.1],
          [10000, 0.15],
        ],
        25000,
      ),
    ).toBeCloseTo(4250, 9);
    expect(gas.HYBRID_PAYOUT(1000, 0.1, 25000, 20000, 500, 2000)).toBe(3000);
    expect(gas.HYBRID_PAYOUT('$1,000', '10%', '25,000')).toBeCloseTo(3500, 9);
  });

  it('columns with scalars applied to every row; blank rows stay blank', () => {
    const fees = column(1000, '', 500, '', 1000);
    const sales = column(25000, 5000, '', '', 'lots');
    expect(plain(addon.gas.HYBRID_PAYOUT(fees, 0.1, sales))).toEqual([
      [3500],
      [500],
      [500],
      [''],
      ['#ERROR: attributed_sales must be a number (got "lots")'],
    ]);
  });

  it('a rate typed as a whole number is a row error with a hint', () => {
    expect(plain(addon.gas.HYBRID_PAYOUT(column(1000, 1000), column(0.1, 10), column(100, 100)))).toEqual([
      [1010],
      ['#ERROR: commission 10 is over 100%: did you mean 10%?'],
    ]);
  });

  it('a two-column commission range is a shared tier table', () => {
    const tiers = [
      [0, 0.1],
      [10000, 0.15],
      ['', ''],
    ];
    expect(plain(addon.gas.HYBRID_PAYOUT(column(1000, 0), tiers, column(25000, 5000)))).toEqual([
      [4250],
      [500],
    ]);
    expect(() =>
      addon.gas.HYBRID_PAYOUT(
        1000,
        [
          [0, 0.1],
          [0, 0.2],
        ],
        1,
      ),
    ).toThrow('HYBRID_PAYOUT: tier table sales_from must be strictly ascending');
    expect(() => addon.gas.HYBRID_PAYOUT(1000, [[5, 0.1]], 1)).toThrow(
      'tier table must start at sales_from 0 (got 5)',
    );
  });

  it('mismatched heights and missing arguments are call errors', () => {
    expect(() => addon.gas.HYBRID_PAYOUT(column(1, 2), 0.1, column(1, 2, 3))).toThrow(
      'HYBRID_PAYOUT: ranges must have the same number of rows (got base_fee 2, attributed_sales 3)',
    );
    expect(() => addon.gas.HYBRID_PAYOUT(1000)).toThrow('needs base_fee, commission and attributed_sales');
  });
});

describe('ROI_FORECAST', () => {
  it('returns a header and one row per month, revenue ramping up over the ramp months', () => {
    const table = addon.gas.ROI_FORECAST(10, 1000, 4, 3, 0.2, 3) as unknown[][];
    expect(plain(table[0])).toEqual([
      'Month',
      'Partnerships',
      'Compensation',
      'Hidden costs',
      'Total cost',
      'Revenue',
      'Net',
      'Cumulative net',
      'Cumulative ROI',
    ]);
    expect(table.slice(1).map((r) => r[0])).toEqual([1, 2, 3]);
    expect(table[1][5]).toBeCloseTo(13333.33, 2);
    expect(table[2][5]).toBeCloseTo(26666.67, 2);
    expect(table[3][5]).toBe(40000);
    expect(table[3][8]).toBeCloseTo(1.2222, 4);
  });

  it('partnerships per month from a column; blank ROI while nothing was spent', () => {
    const table = addon.gas.ROI_FORECAST(column(0, 2, 4, 99), 500, 3, 3) as unknown[][];
    expect(table.slice(1).map((r) => [r[1], r[2], r[8]])).toEqual([
      [0, 0, ''],
      [2, 1000, 2],
      [4, 2000, 2],
    ]);
  });

  it('start month gives first-of-month dates in the spreadsheet time zone, across a year boundary', () => {
    const far = freshAddon({ timeZone: 'Pacific/Kiritimati' });
    // A date cell holds midnight in the spreadsheet's zone: 2026-11-01 00:00 at UTC+14.
    const start = new Date(Date.UTC(2026, 9, 31, 10));
    const table = far.gas.ROI_FORECAST(1, 100, 2, 3, '', '', start) as unknown[][];
    const months = table.slice(1).map((r) => (r[0] as Date).toISOString());
    expect(months).toEqual([
      '2026-10-31T10:00:00.000Z',
      '2026-11-30T10:00:00.000Z',
      '2026-12-31T10:00:00.000Z',
    ]);
    expect(far.emu.calls.byMethod()['Spreadsheet.getSpreadsheetTimeZone']).toBe(1);
  });

  it('bad inputs are named', () => {
    const { gas } = addon;
    expect(() => gas.ROI_FORECAST(10, 1000, 4, 0)).toThrow(
      'ROI_FORECAST: months must be a whole number from 1 to 120 (got 0)',
    );
    expect(() => gas.ROI_FORECAST(10, 1000, 4, 3, 20)).toThrow(
      'hidden_cost_rate 20 is over 100%: did you mean 20%?',
    );
    expect(() => gas.ROI_FORECAST(column(1, 'x', 3), 1000, 4, 3)).toThrow(
      'partnerships must be a number (got "x") in month 2',
    );
    expect(() => gas.ROI_FORECAST(10, 'lots', 4, 3)).toThrow('monthly_cost must be a number (got "lots")');
    expect(() => gas.ROI_FORECAST(10, 1000, 4, 3, '', '', 'soon')).toThrow(
      'start_month must be a date or text like 2026-01',
    );
  });
});

describe('from formulas in cells, as Sheets evaluates them', () => {
  it('an open-ended range formula in a header cell spills one result per row', () => {
    const { emu } = addon;
    emu.user.setValues('Sheet1', 'B2:D4', [
      [5, 3, 1],
      ['', '', ''],
      [4, 4, 4],
    ]);
    emu.user.setValues('Sheet1', 'A1', [['={"Score"; PRODUCER_SCORE(B2:B, C2:C, D2:D)}']]);
    const values = emu.user.getValues('Sheet1', 'A1:A5');
    expect(plain(values)).toEqual([['Score'], [60], [''], [80], ['']]);
  });

  it('array literals and percentages as arguments', () => {
    const { emu } = addon;
    emu.user.setValues('Sheet1', 'A1:A2', [
      ['=HYBRID_PAYOUT(1000, 10%, 25000)'],
      ['=PRODUCER_SCORE(5, 3, 1, {2,1,1})'],
    ]);
    expect(emu.user.getValues('Sheet1', 'A1:A2')).toEqual([[3500], [70]]);
  });
});
