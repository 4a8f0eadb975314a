// Values Sheets can really hand over: numbers near the top of the double range (a cell may hold
// 1e308), start months typed with years before 1900, IDs and producer names that are the names of
// Object's own properties, and IDs whose number is far too large.
import { type Addon, freshAddon, plain } from './harness';
import { NOW, promotionRow, typeRows } from './pipeline-helpers';

function setUp(): Addon {
  const a = freshAddon({ timeZone: 'America/New_York' });
  a.emu.setNow(NOW);
  a.gas.setUpWorkbook();
  return a;
}

function setAssumption(a: Addon, label: string, value: unknown) {
  const rows = a.emu.user.getValues('Assumptions');
  const index = rows.findIndex((r) => r[0] === label);
  a.emu.user.setValues('Assumptions', `B${index + 1}`, [[value]]);
}

/** Every number anywhere in a result: none may be NaN or Infinity. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  return [];
}

describe('numbers near 1.8e308', () => {
  let addon: Addon;
  beforeEach(() => {
    addon = freshAddon();
  });

  it('ROI_FORECAST names the argument instead of returning Infinity or NaN', () => {
    const { gas } = addon;
    expect(() => gas.ROI_FORECAST(1e308, 1000, 4, 12)).toThrow(
      'ROI_FORECAST: partnerships is too large (got 1e+308; at most 1e15)',
    );
    expect(() => gas.ROI_FORECAST(10, 1000, 1e308, 12)).toThrow(
      'ROI_FORECAST: return_multiple is too large (got 1e+308; at most 1e15)',
    );
    expect(() => gas.ROI_FORECAST(10, 1e308, 4, 12)).toThrow('monthly_cost is too large');
    expect(() => gas.ROI_FORECAST([[1], [1e308]], 1000, 4, 2)).toThrow('partnerships is too large');
  });

  it('HYBRID_PAYOUT gives a row error naming the argument', () => {
    const { gas } = addon;
    expect(gas.HYBRID_PAYOUT(1e308, 1, 1e308)).toBe(
      '#ERROR: base_fee is too large (got 1e+308; at most 1e15)',
    );
    expect(gas.HYBRID_PAYOUT(1000, 1, 1e308)).toBe(
      '#ERROR: attributed_sales is too large (got 1e+308; at most 1e15)',
    );
    expect(gas.HYBRID_PAYOUT(0, 0.1, 100, 10, 1e308)).toBe(
      '#ERROR: bonus_amount is too large (got 1e+308; at most 1e15)',
    );
    expect(() =>
      gas.HYBRID_PAYOUT(
        0,
        [
          [0, 0.1],
          [1e308, 0.2],
        ],
        100,
      ),
    ).toThrow('sales_from is too large');
    // Other rows are still computed.
    expect(plain(gas.HYBRID_PAYOUT([[1e308], [1000]], 0.1, 25000))).toEqual([
      ['#ERROR: base_fee is too large (got 1e+308; at most 1e15)'],
      [3500],
    ]);
  });

  it('PRODUCER_SCORE weights that would overflow their sum are a call error', () => {
    expect(() => addon.gas.PRODUCER_SCORE(5, 3, 1, [[1e308, 1e308, 1]])).toThrow(
      'weight for relevance is too large',
    );
  });

  it('no result of the three functions is ever NaN or Infinity on huge inputs', () => {
    const { gas } = addon;
    const huge = [1e308, -1e308, 1.7976931348623157e308, 1e16, '1e308', '9'.repeat(400)];
    const results: unknown[] = [];
    const call = (run: () => unknown) => {
      try {
        results.push(run());
      } catch {
        // A call error naming the argument is an answer.
      }
    };
    for (const h of huge) {
      call(() => gas.HYBRID_PAYOUT(h, 1, h));
      call(() => gas.HYBRID_PAYOUT(1000, 0.1, h, 0, h, h));
      call(() => gas.ROI_FORECAST(h, 1000, 4, 12));
      call(() => gas.ROI_FORECAST(1e15, 1e15, 1e15, 120, 1, 1));
      call(() => gas.PRODUCER_SCORE(h, h, h, [[h, h, h]]));
    }
    const numbers = results.flatMap(numbersIn);
    expect(numbers.length).toBeGreaterThan(100);
    expect(numbers.every(Number.isFinite)).toBe(true);
  });

  it('the Forecast sheet lists a 1e308 return multiple with the other bad inputs and writes nothing', () => {
    const a = setUp();
    setAssumption(a, 'Base return multiple', 1e308);
    setAssumption(a, 'Ramp months', 'soon');
    a.gas.runMonthlyForecast();
    expect(a.emu.ui.alerts.at(-1)?.prompt).toContain(
      '• Base return multiple is too large (got 1e+308; at most 1e15).',
    );
    expect(a.emu.ui.alerts.at(-1)?.prompt).toContain('Ramp months must be a number');
    expect(a.emu.spreadsheet.getSheetByName('Forecast')).toBeNull();
  });

  it('a Pipeline row with a base fee of 1e308 is left out and named, never Infinity', () => {
    const a = setUp();
    typeRows(a, 2, [promotionRow('Ada'), promotionRow('Bo', { 'Base fee': 1e308 })]);
    a.gas.runMonthlyForecast();
    const values = a.emu.user.getValues('Forecast');
    expect(numbersIn(values).every(Number.isFinite)).toBe(true);
    const text = values.flat().filter((v) => typeof v === 'string');
    expect(
      text.some((t) => t === 'Pipeline row 3 left out: base_fee is too large (got 1e+308; at most 1e15).'),
    ).toBe(true);
  });
});

describe('start months typed with a year before 1900', () => {
  it.each(['0050-06', '0001-01'])('ROI_FORECAST refuses %p instead of starting in 19xx', (text) => {
    const { gas } = freshAddon();
    expect(() => gas.ROI_FORECAST(10, 1000, 4, 3, 0, 1, text)).toThrow(
      `ROI_FORECAST: start_month must be in 1900 or later (got "${text}")`,
    );
  });

  it('the forecast names it as a bad assumption', () => {
    const a = setUp();
    setAssumption(a, 'Start month', "'0050-06");
    a.gas.runMonthlyForecast();
    expect(a.emu.ui.alerts.at(-1)?.prompt).toContain('Start month must be in 1900 or later (got "0050-06")');
  });
});
