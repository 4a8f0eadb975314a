// The monthly forecast through the built bundle: the Forecast sheet against ROI_FORECAST and
// HYBRID_PAYOUT on the same inputs, re-runs, the scheduled run, bad inputs, actuals and time zones.
import { type Addon, plain } from './harness';
import { NOW, promotionRow, setUpAddon, typeRows } from './pipeline-helpers';

/** The Forecast sheet as label -> row, and the monthly table of a scenario. */
function report(a: Addon) {
  const values = a.emu.user.getValues('Forecast');
  const rowOf = (label: string) => values.find((r) => r[0] === label);
  const table = (title: string) => {
    const at = values.findIndex((r) => String(r[0]).startsWith(title));
    const rows: unknown[][] = [];
    for (let i = at + 2; i < values.length && values[i][0] !== ''; i++) rows.push(values[i]);
    return rows;
  };
  return { values, rowOf, table };
}

function setAssumption(a: Addon, label: string, value: unknown) {
  const rows = a.emu.user.getValues('Assumptions');
  const index = rows.findIndex((r) => r[0] === label);
  a.emu.user.setValues('Assumptions', `B${index + 1}`, [[value]]);
}

const active = (producer: string, fee: number, commission: number, sales: number, stage = 'Promotion') =>
  promotionRow(producer, {
    'Base fee': fee,
    Commission: commission,
    'Attributed sales': sales,
    Stage: stage,
  });

let addon: Addon;
beforeEach(() => {
  addon = setUpAddon();
  typeRows(addon, 2, [
    active('Ada', 1000, 0.1, 25000),
    active('Bo', 500, 0.2, 4000, 'Measurement'),
    active('Cy', 0, 0.15, 10000, 'Renewal'),
    active('Dee', 2000, 0, 0, 'Negotiation'), // not active
    active('Eve', 800, 0.1, 9000, 'Exit'), // measured, not active
  ]);
  addon.gas.runMonthlyForecast();
});

describe('Run monthly forecast', () => {
  it('every scenario’s monthly columns equal ROI_FORECAST for the same inputs, to the cent', () => {
    const { rowOf, table } = report(addon);
    const average = rowOf('Average compensation used')![1] as number;
    const start = rowOf('Start month')![1];
    for (const [name, multiple] of [
      ['Conservative', 3],
      ['Base', 4],
      ['Optimistic', 5],
    ] as const) {
      const sheet = table(`${name} (${multiple}x): monthly`);
      expect(sheet).toHaveLength(12);
      const partnerships = sheet.map((r) => [r[1]]);
      const expected = addon.gas.ROI_FORECAST(
        partnerships,
        average,
        multiple,
        12,
        0.15,
        3,
        start,
      ) as unknown[][];
      const cents = (rows: unknown[][]) =>
        rows.map((r) => r.map((v) => (typeof v === 'number' ? Math.round(v * 100) : v)));
      expect(plain(cents(sheet))).toEqual(plain(cents(expected.slice(1))));
    }
  });

  it('compensation is the mean payout of active rows; the observed multiple is sales / payouts of measured rows', () => {
    const { rowOf } = report(addon);
    // Active: Ada 1000 + 10% of 25,000 = 3,500; Bo 500 + 20% of 4,000 = 1,300; Cy 15% of 10,000 = 1,500.
    expect(rowOf('Active partnerships now')![1]).toBe(3);
    expect(rowOf('Average monthly payout of active rows')![1]).toBeCloseTo(2100, 9);
    expect(rowOf('Average compensation used')![1]).toBeCloseTo(2100, 9);
    // Measured: Bo 1,300, Cy 1,500, Eve 800 + 10% of 9,000 = 1,700; sales 23,000 / payouts 4,500.
    expect(rowOf('Observed multiple (measured rows)')![1]).toBeCloseTo(23000 / 4500, 9);
    expect(rowOf('Measured rows')![1]).toBe(3);
  });

  it('shows payback per scenario, the inputs used and the time of the run', () => {
    const { values, rowOf } = report(addon);
    const scenarios = values.slice(values.findIndex((r) => r[0] === 'Scenario') + 1).slice(0, 3);
    // 3 rows at 2,100 a month: cost 7,245 (15% hidden); revenue in month 1 is a third of the
    // multiple (3-month ramp), so the conservative case nets -945, then +5,355 in month 2.
    expect(scenarios.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Conservative', 3, 'month 2 (2026-12)'],
      ['Base', 4, 'month 1 (2026-11)'],
      ['Optimistic', 5, 'month 1 (2026-11)'],
    ]);
    const monthly = report(addon).table('Conservative (3x): monthly');
    expect(monthly.slice(0, 2).map((r) => r[7])).toEqual([-945, expect.closeTo(4410, 6)]);
    expect(rowOf('Run at')![2]).toBe('run from the menu');
    expect(rowOf('Hidden cost rate')![1]).toBe(0.15);
    expect(addon.emu.ui.toasts.at(-1)?.message).toMatch(
      /^Forecast updated: 3 partnerships in month 1; the base case pays back in month 1/,
    );
  });

  it('planned partnerships accumulate month by month and blend into the compensation', () => {
    setAssumption(addon, 'New partnerships per month', 2);
    setAssumption(addon, 'Planned monthly compensation', 600);
    addon.gas.runMonthlyForecast();
    const { rowOf, table } = report(addon);
    const sheet = table('Base (4x): monthly');
    expect(sheet.slice(0, 3).map((r) => r[1])).toEqual([5, 7, 9]);
    const activeMean = rowOf('Average monthly payout of active rows')![1] as number;
    const plannedMonths = 2 * ((12 * 13) / 2);
    const expected = (3 * 12 * activeMean + plannedMonths * 600) / (3 * 12 + plannedMonths);
    expect(rowOf('Average compensation used')![1]).toBeCloseTo(expected, 9);
  });

  it('re-running replaces the content and the chart in place and touches no other sheet', () => {
    const others = () => plain(['Pipeline', 'Assumptions'].map((s) => addon.emu.user.snapshot(s)));
    const before = others();
    const first = report(addon).values;
    addon.emu.setNow(new Date(NOW.getTime() + 3600000));
    addon.gas.runMonthlyForecast();
    const second = report(addon).values;
    const sheet = addon.emu.spreadsheet.getSheetByName('Forecast')!;
    expect(sheet.getCharts()).toHaveLength(1);
    expect(addon.emu.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      'Sheet1',
      'Pipeline',
      'Assumptions',
      'Forecast',
    ]);
    const withoutRunAt = (v: unknown[][]) => plain(v.filter((r) => r[0] !== 'Run at'));
    expect(withoutRunAt(second)).toEqual(withoutRunAt(first));
    expect(others()).toEqual(before);
    const chart = sheet.getCharts()[0];
    expect(chart.getOptions().get('title')).toBe('Cumulative net by scenario');
    const range = chart.getRanges()[0];
    expect(range.getNumRows()).toBe(13);
    expect(range.getNumColumns()).toBe(4);
    expect(range.getValues()[0]).toEqual(['Month', 'Conservative (3x)', 'Base (4x)', 'Optimistic (5x)']);
  });

  it('number formats are written when the layout changes or the sheet is new, not on every re-run', () => {
    const formatCalls = () => addon.emu.calls.byMethod()['Range.setNumberFormats'] ?? 0;
    addon.emu.calls.reset();
    addon.gas.runMonthlyForecast();
    expect(formatCalls()).toBe(0);
    expect(addon.emu.user.cell('Forecast', 'B6').numberFormat).toBe('mmm yyyy');
    setAssumption(addon, 'Months to forecast', 6);
    addon.gas.runMonthlyForecast();
    expect(formatCalls()).toBe(1);
    addon.emu.spreadsheet.deleteSheet(addon.emu.spreadsheet.getSheetByName('Forecast')!);
    addon.emu.calls.reset();
    addon.gas.runMonthlyForecast();
    expect(formatCalls()).toBe(1);
    expect(addon.emu.user.cell('Forecast', 'B6').numberFormat).toBe('mmm yyyy');
  });

  it('with Start month "this month", next month’s run starts a month later', () => {
    expect(report(addon).rowOf('Start month')![1]).toEqual(new Date(Date.UTC(2026, 10, 1, 4)));
    addon.emu.setNow(new Date(Date.UTC(2026, 11, 1, 12)));
    addon.gas.runScheduledForecast({});
    expect(report(addon).rowOf('Start month')![1]).toEqual(new Date(Date.UTC(2026, 11, 1, 5)));
  });

  it('a shorter forecast leaves nothing of the longer one behind', () => {
    setAssumption(addon, 'Months to forecast', 3);
    addon.gas.runMonthlyForecast();
    const { values, table } = report(addon);
    expect(table('Base (4x): monthly')).toHaveLength(3);
    expect(values.filter((r) => String(r[0]).endsWith(': monthly'))).toHaveLength(3);
    const lastFilled = values.reduce((last, r, i) => (r.some((v) => v !== '') ? i : last), 0);
    expect(lastFilled).toBeLessThan(45);
  });

  it('bad or missing assumptions are named, and nothing is written', () => {
    const fresh = setUpAddon();
    setAssumption(fresh, 'Hidden cost rate', 15);
    setAssumption(fresh, 'Ramp months', 'soon');
    setAssumption(fresh, 'Base return multiple', '');
    const rows = fresh.emu.user.getValues('Assumptions');
    const months = rows.findIndex((r) => r[0] === 'Months to forecast');
    fresh.emu.user.setValues('Assumptions', `A${months + 1}`, [['Horizon']]);
    fresh.gas.runMonthlyForecast();
    expect(fresh.emu.spreadsheet.getSheetByName('Forecast')).toBeNull();
    const alert = fresh.emu.ui.alerts.at(-1)!;
    expect(alert.title).toBe('The forecast was not run');
    expect(alert.prompt.split('\n')).toEqual([
      '• "Months to forecast" is missing from Assumptions (run Set up workbook to add it).',
      '• Hidden cost rate 15 is over 100%: did you mean 15%?.',
      '• Ramp months must be a number (got "soon").',
      '• Base return multiple is blank.',
    ]);
  });

  it('a Pipeline with no active rows forecasts zeros and says so; planned partnerships still count', () => {
    const fresh = setUpAddon();
    typeRows(fresh, 2, [active('Dee', 2000, 0, 0, 'Negotiation')]);
    fresh.gas.runMonthlyForecast();
    let { rowOf, table } = report(fresh);
    expect(rowOf('Average monthly payout of active rows')![1]).toBe('no active rows');
    expect(rowOf('Note')![1]).toBe('No active partnerships and none planned: every month is zero.');
    expect(table('Base (4x): monthly').every((r) => r[4] === 0 && r[8] === '')).toBe(true);
    const summary = report(fresh).values.find((r) => r[0] === 'Base')!;
    expect(summary[2]).toBe('not within 12 months');
    setAssumption(fresh, 'New partnerships per month', 1);
    fresh.gas.runMonthlyForecast();
    ({ rowOf, table } = report(fresh));
    expect(rowOf('Average compensation used')![1]).toBe(1000);
    expect(
      table('Base (4x): monthly')
        .map((r) => r[1])
        .slice(0, 3),
    ).toEqual([1, 2, 3]);
  });

  it('months cross the year boundary at midnight on the 1st in a time zone far from UTC', () => {
    const far = setUpAddon({ timeZone: 'Pacific/Kiritimati' });
    typeRows(far, 2, [active('Ada', 1000, 0.1, 25000)]);
    setAssumption(far, 'Months to forecast', 3);
    far.gas.runMonthlyForecast();
    const months = report(far)
      .table('Base (4x): monthly')
      .map((r) => (r[0] as Date).toISOString());
    // 2026-11-01, 2026-12-01 and 2027-01-01 at 00:00 in UTC+14.
    expect(months).toEqual([
      '2026-10-31T10:00:00.000Z',
      '2026-11-30T10:00:00.000Z',
      '2026-12-31T10:00:00.000Z',
    ]);
    const monthCell = report(far).values.findIndex((r) => r[0] === 'Base (4x): monthly') + 3;
    expect(far.emu.user.cell('Forecast', `A${monthCell}`).numberFormat).toBe('mmm yyyy');
  });

  it('rows whose payout cannot be computed are left out and named', () => {
    typeRows(addon, 7, [active('Fay', 1000, 10, 500)]);
    addon.gas.runMonthlyForecast();
    const notes = report(addon)
      .values.filter((r) => r[0] === 'Note')
      .map((r) => r[1]);
    expect(notes).toContain('Pipeline row 7 left out: commission 10 is over 100%: did you mean 10%?.');
    expect(report(addon).rowOf('Active partnerships now')![1]).toBe(3);
  });
});

describe('Actuals', () => {
  it('shows forecast against actual per month and the variance', () => {
    addon.emu.user.setValues('Actuals', 'A1:C5', [
      ['Month', 'Total cost', 'Revenue'],
      [new Date(Date.UTC(2026, 10, 1, 4)), 5000, 12000],
      [new Date(Date.UTC(2026, 11, 1, 5)), '6,000', 'lots'],
      [new Date(Date.UTC(2026, 5, 1, 4)), 100, 100],
      [new Date(Date.UTC(2026, 10, 15, 5)), 250, 0],
    ]);
    addon.gas.runMonthlyForecast();
    const { values, table } = report(addon);
    const rows = table('Forecast against actuals');
    expect(rows).toHaveLength(12);
    const base = table('Base (4x): monthly');
    expect(rows[0][1]).toBe(base[0][4]);
    expect(rows[0][2]).toBe(5250);
    expect(rows[0][3]).toBeCloseTo(5250 - (base[0][4] as number), 9);
    expect(rows[0][6]).toBeCloseTo(12000 - (base[0][5] as number), 9);
    expect(rows[1].slice(2, 7)).toEqual(['', '', base[1][5], '', '']);
    const notes = values.filter((r) => r[0] === 'Note').map((r) => r[1]);
    expect(notes).toContain('Actuals row 3: Revenue must be a number (got "lots").');
    expect(notes).toContain('Actuals for 2026-06 fall outside the forecast months and are not compared.');
    expect(notes).toContain('Actuals has several rows for 2026-11: they are added up.');
  });
});

describe('The scheduled run', () => {
  it('the scheduled run writes the same sheet and records that it was scheduled', () => {
    const menuRun = report(addon).values;
    addon.gas.runScheduledForecast({ authMode: 'FULL', triggerUid: '1' });
    const scheduled = report(addon);
    expect(scheduled.rowOf('Run at')![2]).toBe('scheduled run');
    const withoutRunAt = (v: unknown[][]) => plain(v.filter((r) => r[0] !== 'Run at'));
    expect(withoutRunAt(scheduled.values)).toEqual(withoutRunAt(menuRun));
  });

  it('a scheduled run that cannot forecast throws, so Apps Script emails the owner', () => {
    setAssumption(addon, 'Ramp months', 0);
    expect(() => addon.gas.runScheduledForecast({})).toThrow(
      'Monthly forecast not run: Ramp months must be a whole number from 1 to 120 (got 0).',
    );
  });
});

describe('Progress', () => {
  it('a long run says it is working before it says it is done', () => {
    const big = setUpAddon();
    big.emu.user.setValues(
      'Pipeline',
      'A2',
      Array.from({ length: 5001 }, (_, i) => {
        const row: unknown[] = new Array(27).fill('');
        row[1] = `P${i}`;
        row[9] = 'Promotion';
        row[13] = 1000;
        return row;
      }),
    );
    const before = big.emu.ui.toasts.length;
    big.gas.runMonthlyForecast();
    expect(big.emu.ui.toasts.slice(before).map((t) => t.message)).toEqual([
      'Forecasting from 5001 Pipeline rows...',
      expect.stringMatching(/^Forecast updated: 5001 partnerships in month 1/),
    ]);
  });
});

describe('Cost', () => {
  it('2,000 Pipeline rows and 36 months: at most 13 spreadsheet service calls plus the chart', () => {
    const big = setUpAddon();
    big.emu.user.setValues('Actuals', 'A1:C2', [
      ['Month', 'Total cost', 'Revenue'],
      [new Date(Date.UTC(2026, 10, 1, 4)), 5000, 12000],
    ]);
    typeRows(
      big,
      2,
      Array.from({ length: 2000 }, (_, i) => active(`P${i}`, 1000, 0.1, i * 10)),
    );
    setAssumption(big, 'Months to forecast', 36);
    big.gas.runMonthlyForecast(); // first run creates the sheet and the chart
    big.emu.calls.reset();
    big.gas.runMonthlyForecast();
    const byMethod = big.emu.calls.byMethod();
    const chart = Object.entries(byMethod)
      .filter(([m]) =>
        /^(EmbeddedChart|ChartOptions|ContainerInfo)\.|^Sheet\.(getCharts|insertChart|updateChart|removeChart|newChart)$/.test(
          m,
        ),
      )
      .reduce((s, [, n]) => s + n, 0);
    // 12, and one lookup of the Results sheet (forecast against actuals reads it when present).
    expect(big.emu.calls.roundTrips() - chart).toBeLessThanOrEqual(13);
    // Each month's date is converted once (two Utilities calls), not once per table.
    expect(byMethod['Utilities.formatDate']).toBeLessThanOrEqual(2 * 36 + 4);
    expect(report(big).table('Base (4x): monthly')).toHaveLength(36);
  });
});
