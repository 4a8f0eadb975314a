// Values Sheets can really hand over: numbers near the top of the double range (a cell may hold
// 1e308), start months typed with years before 1900, IDs and producer names that are the names of
// Object's own properties, and IDs whose number is far too large.
import { type Addon, freshAddon, plain } from './harness';
import { cellOf, columnOf, header, letter, NOW, promotionRow, typeCell, typeRows } from './pipeline-helpers';

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

describe('IDs and producer names that are the names of Object’s own properties', () => {
  const NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

  it('the whole Pipeline works with them: IDs typed, edits, stage moves, Validate all rows', () => {
    const a = setUp();
    typeRows(
      a,
      2,
      NAMES.map((name) => ({ ...promotionRow(name), ID: name, Stage: 'Negotiation' })),
    );
    expect(columnOf(a, 'Status', 2, 7)).toEqual(NAMES.map(() => 'OK'));
    // Later edits: each row jumps from Negotiation to Promotion (two stages skipped).
    NAMES.forEach((_, i) => {
      typeCell(a, i + 2, 'Stage', 'Promotion');
    });
    expect(columnOf(a, 'Status', 2, 7)).toEqual(
      NAMES.map(() => '1 warning: skipped Onboarding, Co-creation'),
    );
    // A new row still gets an ID after them.
    typeRows(a, 8, [promotionRow('Ada')]);
    expect(cellOf(a, 8, 'ID')).toBe('P-0001');
    expect(cellOf(a, 8, 'Status')).toBe('OK');
    a.gas.validateAllRows();
    expect(a.emu.ui.toasts.at(-1)?.message).toMatch(
      /^Validated 7 rows: 1 OK, 0 with errors, 6 with warnings only\./,
    );
    // The skipped stages are remembered by those IDs across the full run.
    expect(columnOf(a, 'Status', 2, 7)).toEqual(
      NAMES.map(() => '1 warning: skipped Onboarding, Co-creation'),
    );
  });

  it('a producer called __proto__ or constructor is flagged for over-reliance by name', () => {
    const a = setUp();
    typeRows(a, 2, [
      promotionRow('__proto__', { 'Attributed sales': 90000 }),
      promotionRow('constructor', { 'Attributed sales': 5000 }),
      promotionRow('toString', { 'Attributed sales': 5000 }),
    ]);
    a.gas.validateAllRows();
    expect(a.emu.ui.toasts.at(-1)?.message).toContain(
      'Over-reliance: __proto__ holds 90% of attributed sales.',
    );
    expect(cellOf(a, 2, 'Status')).toBe('1 warning: producer holds 90% of attributed sales (over-reliance)');
    typeCell(a, 3, 'Brief', 'New brief');
    expect(cellOf(a, 3, 'Status')).toBe('OK');
    typeCell(a, 2, 'Brief', 'New brief');
    expect(cellOf(a, 2, 'Status')).toBe('1 warning: producer holds 90% of attributed sales (over-reliance)');
  });
});

describe('the ID column', () => {
  it('only cells that get a new ID are written, in runs: formulas and typed text in others stay', () => {
    const a = setUp();
    const names = header(a);
    const id = letter(names.indexOf('ID') + 1);
    typeRows(a, 2, [promotionRow('Ada'), promotionRow('Bo'), promotionRow('Cy'), promotionRow('Dee')]);
    // Row 3's ID is a formula, row 4's was typed with a leading apostrophe; rows 2 and 5 are cleared.
    a.emu.user.setValues('Pipeline', `${id}2:${id}5`, [[''], ['=B3'], ["'007"], ['']]);
    // A block edit of rows 2 to 5 (a new Brief pasted down).
    const brief = letter(names.indexOf('Brief') + 1);
    a.emu.calls.reset();
    a.gas.onEdit(a.emu.user.edit('Pipeline', `${brief}2:${brief}5`, [['v2'], ['v2'], ['v2'], ['v2']]));
    // Two runs of one cell each (rows 2 and 5); the Status column is unchanged.
    expect(a.emu.calls.byMethod()['Range.setValues']).toBe(2);
    expect(a.emu.user.cell('Pipeline', `${id}3`).formula).toBe('=B3');
    expect(cellOf(a, 3, 'ID')).toBe('Bo');
    expect(cellOf(a, 4, 'ID')).toBe('007');
    expect(cellOf(a, 2, 'ID')).toBe('P-0005');
    expect(cellOf(a, 5, 'ID')).toBe('P-0006');
  });

  it('an ID with a huge number does not move the counter, and no ID is issued twice', () => {
    const a = setUp();
    typeRows(a, 2, [promotionRow('Ada')]);
    expect(cellOf(a, 2, 'ID')).toBe('P-0001');
    typeRows(a, 3, [
      { ...promotionRow('Bo'), ID: 'P-99999999999999999999' },
      { ...promotionRow('Cy'), ID: `P-${'9'.repeat(400)}` },
    ]);
    typeRows(a, 5, [promotionRow('Dee'), promotionRow('Eve')]);
    expect(columnOf(a, 'ID', 2, 6)).toEqual([
      'P-0001',
      'P-99999999999999999999',
      `P-${'9'.repeat(400)}`,
      'P-0002',
      'P-0003',
    ]);
    a.gas.validateAllRows();
    a.gas.setUpWorkbook();
    typeRows(a, 7, [promotionRow('Fay')]);
    expect(cellOf(a, 7, 'ID')).toBe('P-0004');
  });

  it('an ID typed ahead of the counter is never issued again', () => {
    const a = setUp();
    typeRows(a, 2, [{ ...promotionRow('Ada'), ID: 'P-0002' }, promotionRow('Bo')]);
    expect(columnOf(a, 'ID', 2, 3)).toEqual(['P-0002', 'P-0003']);
  });
});
