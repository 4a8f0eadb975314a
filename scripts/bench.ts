// `npm run bench`: speed of the built add-on (dist/Code.js) in the emulator.
// - Custom functions on 1,000 / 10,000 / 100,000 rows against a bare arithmetic loop (the floor).
// - Spreadsheet service calls of the Pipeline trigger and menu, beside a cell-by-cell implementation.
// - Spreadsheet service calls of the sidebars' server functions (a checklist tick, opening them).
// - The size of dist/Code.js.
// Times are medians of several runs after a warm-up; call counts are exact.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createEmulator, type Emulator, loadBundle } from '../emulator';
import { customFunctionEvaluator } from '../emulator/custom-functions';
import { PIPELINE_COLUMNS, STAGES } from '../src/core/lifecycle/pipeline';
import { bigQueryFunctions } from './bench-bigquery';

const codePath = join(__dirname, '..', 'dist', 'Code.js');
const code = readFileSync(codePath, 'utf8');
const HEADERS: string[] = Object.values(PIPELINE_COLUMNS);

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

let sink: unknown;

/**
 * Median time of one run, in ms. Each sample repeats the run enough times to last about 5 ms, so
 * timer resolution and one-off pauses do not decide the result; the results go to a sink so the
 * work cannot be optimised away.
 */
function time(run: () => unknown, samples = 21): number {
  // Warm-up for a fixed time, so the JIT has optimised the code before anything is measured.
  let start = performance.now();
  while (performance.now() - start < 200) sink = run();
  start = performance.now();
  sink = run();
  const once = Math.max(performance.now() - start, 0.001);
  const repeats = Math.max(1, Math.ceil(5 / once));
  const results: number[] = [];
  for (let s = 0; s < samples; s++) {
    start = performance.now();
    for (let r = 0; r < repeats; r++) sink = run();
    results.push((performance.now() - start) / repeats);
  }
  return median(results);
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;

// ---- Custom functions --------------------------------------------------------------------------

function customFunctions(): void {
  const emu = createEmulator();
  const gas = loadBundle(code, emu);
  console.log('\nCustom functions in dist/Code.js (median, after warm-up) vs the bare arithmetic floor');
  console.log('  function           rows      add-on      floor     ratio');
  for (const rows of [1000, 10000, 100000]) {
    const rubric = Array.from({ length: rows }, (_, i) => [i % 6, (i * 7) % 6, (i * 3) % 6]);
    const fees = Array.from({ length: rows }, (_, i) => [500 + (i % 10) * 100]);
    const sales = Array.from({ length: rows }, (_, i) => [(i * 37) % 50000]);
    const scoreMs = time(() => gas.PRODUCER_SCORE(rubric));
    const scoreFloor = time(() => {
      const out: number[][] = new Array(rows);
      for (let i = 0; i < rows; i++) {
        const r = rubric[i];
        out[i] = [(20 * (r[0] + r[1] + r[2])) / 3];
      }
      return out;
    });
    const payoutMs = time(() => gas.HYBRID_PAYOUT(fees, 0.1, sales));
    const payoutFloor = time(() => {
      const out: number[][] = new Array(rows);
      for (let i = 0; i < rows; i++) out[i] = [fees[i][0] + sales[i][0] * 0.1];
      return out;
    });
    const line = (name: string, t: number, floor: number) =>
      console.log(
        `  ${name.padEnd(16)} ${String(rows).padStart(7)} ${ms(t).padStart(11)} ${ms(floor).padStart(10)} ${(t / floor).toFixed(1).padStart(8)}x`,
      );
    line('PRODUCER_SCORE', scoreMs, scoreFloor);
    line('HYBRID_PAYOUT', payoutMs, payoutFloor);
  }
  const forecastMs = time(() => gas.ROI_FORECAST(25, 1000, 4, 120, 0.15, 3));
  console.log(`  ROI_FORECAST       120 months ${ms(forecastMs).padStart(9)}`);
}

// ---- Tracking links, disclosures, concentration --------------------------------------------------

/** A 300-character sponsored caption; every fourth one has its #ad buried in a block of hashtags. */
function caption(i: number): string {
  const text = `Day ${i} with my new Acme running shoes 👟 so light on long runs, and the grip in the rain surprised me. `;
  const tags = i % 4 === 0 ? '#running #shoes #ad #fitness #morning #acme' : '#ad #running #acme';
  const body = `${i % 2 ? 'Paid partnership with Acme. ' : ''}${text}${tags} `;
  return body.repeat(Math.ceil(300 / body.length)).slice(0, 300);
}

function tools(): void {
  const emu = createEmulator();
  const gas = loadBundle(code, emu);
  const rows = 100000;
  const target = 300;
  const urls = Array.from({ length: rows }, (_, i) => [`https://shop.example.com/p/${i}?ref=bio#reviews`]);
  const content = Array.from({ length: rows }, (_, i) => [`producer-${i % 400}`]);
  const captions = Array.from({ length: rows }, (_, i) => [caption(i)]);
  const producers = Array.from({ length: rows }, (_, i) => [
    i % 7 === 0 ? ` Producer ${i % 400} ` : `Producer ${i % 400}`,
  ]);
  const sales = Array.from({ length: rows }, (_, i) => [(i * 37) % 20000]);
  console.log(
    `\nNew tools on ${rows.toLocaleString('en-US')} rows in dist/Code.js (median, after warm-up; target < ${target} ms)`,
  );
  console.log('  against a floor: a bare loop making the same 100,000 result rows with the least work');
  console.log(`  ${'function'.padEnd(46)}   add-on      floor     ratio`);
  const line = (name: string, t: number, floor: number) =>
    console.log(
      `  ${name.padEnd(46)} ${ms(t).padStart(8)} ${ms(floor).padStart(10)} ${(t / floor).toFixed(1).padStart(8)}x  ${t < target ? 'ok' : 'OVER TARGET'}`,
    );
  const eachRow = (make: (i: number) => unknown) => () => {
    const out: unknown[][] = new Array(rows);
    for (let i = 0; i < rows; i++) out[i] = [make(i)];
    return out;
  };
  line(
    'UTM_LINK (url, content columns)',
    time(() => gas.UTM_LINK(urls, 'instagram', 'influencer', 'spring', content), 5),
    // Floor: append fixed tags and the content, no checks, no encoding.
    time(
      eachRow(
        (i) =>
          `${urls[i][0]}&utm_source=instagram&utm_medium=influencer&utm_campaign=spring&utm_content=${content[i][0]}`,
      ),
      5,
    ),
  );
  line(
    'DISCLOSURE_CHECK (captions of 300 characters)',
    time(() => gas.DISCLOSURE_CHECK(captions, 'Acme'), 5),
    // Floor: one native search of the caption.
    time(
      eachRow((i) => (captions[i][0].indexOf('#ad') >= 0 ? 'OK' : 'missing')),
      5,
    ),
  );
  line(
    'PARTNER_CONCENTRATION (400 producers)',
    time(() => gas.PARTNER_CONCENTRATION(producers, sales), 5),
    // Floor: sum sales by trimmed, lower-cased name.
    time(() => {
      const sums = new Map<string, number>();
      for (let i = 0; i < rows; i++) {
        const key = String(producers[i][0]).trim().toLowerCase();
        sums.set(key, (sums.get(key) ?? 0) + sales[i][0]);
      }
      return sums;
    }, 5),
  );
  const tiers = [
    [0, 0.1],
    [10000, 0.15],
  ];
  line(
    'HYBRID_PAYOUT tiers, tier_mode "whole"',
    time(() => gas.HYBRID_PAYOUT(sales, tiers, sales, '', '', '', 'whole'), 5),
    time(
      eachRow((i) => sales[i][0] + sales[i][0] * (sales[i][0] >= 10000 ? 0.15 : 0.1)),
      5,
    ),
  );
}

// ---- Pipeline service calls --------------------------------------------------------------------

function workbook(): { emu: Emulator; gas: Record<string, (...args: unknown[]) => unknown> } {
  const emu = createEmulator({ timeZone: 'America/New_York' });
  const gas = loadBundle(code, emu);
  emu.formulaEvaluator = customFunctionEvaluator(emu, gas);
  gas.setUpWorkbook();
  // Sheets recalculates Score and Payout on its own servers, not inside the trigger: leave the
  // emulator's recalculation out of the trigger's compute time.
  emu.formulaEvaluator = undefined;
  return { emu, gas };
}

function sampleRow(i: number): unknown[] {
  const record: Record<string, unknown> = {
    Producer: `Producer ${i % 400}`,
    Relevance: 4,
    Resonance: 3,
    Reliability: 5,
    Stage: STAGES[i % STAGES.length],
    'Start date': new Date(Date.UTC(2026, 8, 1)),
    'Base fee': 1000,
    Commission: 0.1,
    'Attributed sales': (i * 37) % 20000,
    'Contract signed': true,
    Brief: 'brief',
    'Usage rights': 'organic',
    'Revision rounds': i % 4,
    Disclosure: i % 5 !== 0,
    'UTM link': 'https://shop.example.com/?utm_source=a&utm_medium=b&utm_campaign=c',
    'Last check-in': new Date(Date.UTC(2026, 10, 1)),
  };
  return HEADERS.map((h) => record[h] ?? '');
}

function fill(emu: Emulator, rows: number): void {
  emu.user.setValues(
    'Pipeline',
    'A2',
    Array.from({ length: rows }, (_, i) => sampleRow(i)),
  );
}

interface Cost {
  roundTrips: number;
  all: number;
  computeMs: number;
}

function measure(emu: Emulator, run: () => void): Cost {
  emu.calls.reset();
  const start = performance.now();
  run();
  const computeMs = performance.now() - start;
  return { roundTrips: emu.calls.roundTrips(), all: emu.calls.total('spreadsheet'), computeMs };
}

let propertyBytes = 0;

function pipelineCalls(): void {
  const width = HEADERS.length;
  const results: Array<[string, Cost, number]> = [];
  for (const rows of [10, 10000]) {
    const { emu, gas } = workbook();
    fill(emu, rows);
    const row = Math.ceil(rows / 2) + 1;
    // Five edits of the same row; the median of their compute times (calls are the same each time).
    const costs = [3, 2, 3, 1, 3].map((rounds) =>
      measure(emu, () => gas.onEdit(emu.user.edit('Pipeline', `V${row}`, [[rounds]]))),
    );
    const cost = { ...costs[0], computeMs: median(costs.map((c) => c.computeMs)) };
    // Cell by cell: read each header cell and each cell of the row, write Status and ID.
    results.push([`one edited row, sheet of ${rows} rows`, cost, width * 2 + 2]);
  }
  {
    const { emu, gas } = workbook();
    fill(emu, 100);
    const block = Array.from({ length: 500 }, (_, i) => sampleRow(i + 7));
    const cost = measure(emu, () => gas.onEdit(emu.user.edit('Pipeline', 'A102', block)));
    results.push(['paste of 500 rows', cost, width + 500 * (width + 2)]);
  }
  {
    const { emu, gas } = workbook();
    fill(emu, 10000);
    gas.validateAllRows(); // first run assigns IDs
    const cost = measure(emu, () => gas.validateAllRows());
    results.push(['Validate all rows, 10,000 rows', cost, width + 10000 * (width + 2)]);
  }
  {
    // 50,000 partnerships: the first full run assigns every ID and stores every stage record.
    const { emu, gas } = workbook();
    fill(emu, 50000);
    const cost = measure(emu, () => gas.validateAllRows());
    results.push(['Validate all rows, 50,000 rows (first run)', cost, width + 50000 * (width + 2)]);
    const properties = (emu.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
      .getDocumentProperties()
      .getProperties();
    propertyBytes = Object.entries(properties).reduce(
      (sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v),
      0,
    );
  }
  {
    const { emu, gas } = workbook();
    fill(emu, 10000);
    emu.user.setValues('Actuals', 'A1:C2', [
      ['Month', 'Total cost', 'Revenue'],
      [new Date(Date.UTC(2026, 10, 1, 4)), 5000, 12000],
    ]);
    gas.assessProgramMaturity(); // the first run creates the Maturity sheet
    const cost = measure(emu, () => gas.assessProgramMaturity());
    // Cell by cell: every Pipeline and Actuals cell read, every Maturity cell written.
    results.push(['Assess program maturity, 10,000 rows', cost, 10001 * width + 6 + 16 * 5]);
  }
  {
    const { emu, gas } = workbook();
    fill(emu, 2000);
    emu.user.setValues('Actuals', 'A1:C2', [
      ['Month', 'Total cost', 'Revenue'],
      [new Date(Date.UTC(2026, 10, 1, 4)), 5000, 12000],
    ]);
    const assumptions = emu.user.getValues('Assumptions');
    const months = assumptions.findIndex((r) => r[0] === 'Months to forecast') + 1;
    emu.user.setValues('Assumptions', `B${months}`, [[36]]);
    gas.runMonthlyForecast(); // the first run creates the Forecast sheet and its chart
    const cost = measure(emu, () => gas.runMonthlyForecast());
    const chartCalls = Object.entries(emu.calls.byMethod())
      .filter(([m]) =>
        /^(EmbeddedChart|ChartOptions|ContainerInfo)\.|^Sheet\.(getCharts|insertChart|updateChart|removeChart|newChart)$/.test(
          m,
        ),
      )
      .reduce((sum, [, n]) => sum + n, 0);
    // Cell by cell: every Pipeline and Assumptions cell read, every Forecast cell written.
    const forecastCells = emu.user.getValues('Forecast').length * 9;
    results.push([
      `forecast, 2,000 rows x 36 months (+${chartCalls} chart)`,
      { ...cost, roundTrips: cost.roundTrips - chartCalls, all: cost.all - chartCalls },
      2001 * width + 20 + forecastCells * 2,
    ]);
  }
  console.log('\nPipeline: spreadsheet service calls (emulator counts) and compute time');
  console.log(`  ${'case'.padEnd(46)} round trips  all calls  cell-by-cell   compute`);
  for (const [name, cost, cellByCell] of results) {
    console.log(
      `  ${name.padEnd(46)} ${String(cost.roundTrips).padStart(12)} ${String(cost.all).padStart(10)} ${String(cellByCell).padStart(13)} ${ms(cost.computeMs).padStart(10)}`,
    );
  }
  console.log(`  document properties after 50,000 rows: ${(propertyBytes / 1024).toFixed(1)} KB of 500 KB`);
  console.log(
    '  (round trips: calls that reach the Sheets backend; all calls also counts handle getters such as',
  );
  console.log(
    '   getRange, getRow, getSheet; cell-by-cell: one getValue per cell read and one setValue per cell written)',
  );
}

// ---- Sidebar calls -----------------------------------------------------------------------------

function sidebarCalls(): void {
  console.log('\nSidebar server calls: spreadsheet service calls (emulator counts) and compute time');
  console.log(`  ${'case'.padEnd(46)} round trips  all calls   compute`);
  for (const rows of [10, 10000]) {
    const { emu, gas } = workbook();
    fill(emu, rows);
    gas.validateAllRows(); // assigns IDs
    const ids = emu.user.getValues('Pipeline', `A2:A${rows + 1}`).map((r) => String(r[0]));
    // Every partnership already has a row of ticks, so the lookup is the longest it gets.
    gas.setChecklistTick(ids[0], 'decision.objective', true);
    emu.user.setValues(
      'Checklist ticks',
      'A3',
      ids.slice(1).map((id) => [id]),
    );
    const id = ids[rows - 1];
    const cases: Array<[string, () => unknown]> = [
      [
        `one checklist tick, ${rows} partnerships`,
        () => gas.setChecklistTick(id, 'onboarding.kickoff', true),
      ],
      [`open checklists, ${rows} partnerships`, () => gas.getChecklists(id)],
      [`open brief builder, ${rows} partnerships`, () => gas.getBriefContext(id)],
      [
        `one edited row, checklists kept, ${rows} rows`,
        () => gas.onEdit(emu.user.edit('Pipeline', `V${rows + 1}`, [[2]])),
      ],
    ];
    for (const [name, run] of cases) {
      const cost = measure(emu, run);
      console.log(
        `  ${name.padEnd(46)} ${String(cost.roundTrips).padStart(12)} ${String(cost.all).padStart(10)} ${ms(cost.computeMs).padStart(9)}`,
      );
    }
  }
}

// ---- Debrief and the results warnings (the debrief helper's block) ------------------------------

/** A Results sheet as the import writes it: one row per partnership, month and source. */
function fillResults(emu: Emulator, ids: readonly string[], months: readonly string[]): number {
  const header = [
    'Key',
    'Partnership ID',
    'Month',
    'Source',
    'Sessions',
    'Orders',
    'Attributed sales',
    'Refunds',
    'Views',
    'Engagement',
    'Currency',
    'Imported at',
  ];
  const rows: unknown[][] = [header];
  ids.forEach((id, i) => {
    for (const month of months) {
      rows.push([
        `'${id}|${month}|Shopify`,
        id,
        `'${month}`,
        'Shopify',
        '',
        10,
        1000 + (i % 7) * 300,
        0,
        '',
        '',
        'USD',
        '',
      ]);
      rows.push([
        `'${id}|${month}|YouTube`,
        id,
        `'${month}`,
        'YouTube',
        '',
        '',
        '',
        '',
        5000,
        300,
        'USD',
        '',
      ]);
    }
  });
  emu.user.setValues('Results', 'A1', rows);
  return rows.length - 1;
}

function debriefCalls(): void {
  console.log('\nDebrief and results warnings: spreadsheet service calls (emulator counts) and compute time');
  console.log(`  ${'case'.padEnd(46)} round trips  all calls   compute`);
  const months = ['2026-08', '2026-09', '2026-10', '2026-11'];
  for (const rows of [10, 1000]) {
    const { emu, gas } = workbook();
    fill(emu, rows);
    gas.validateAllRows(); // assigns IDs
    const ids = emu.user.getValues('Pipeline', `A2:A${rows + 1}`).map((r) => String(r[0]));
    const resultRows = fillResults(emu, ids, months);
    const measuredRow = ids.findIndex((_, i) => STAGES[i % STAGES.length] === 'Measurement');
    const id = ids[measuredRow];
    const form = {
      text: {
        worked: 'The tutorial format',
        didNotWork: 'Posting on weekends',
        toChange: 'Two videos a month',
      },
      ticks: { audienceShifting: false, strainedRelationship: false },
      numbers: { contentOutput: '4', lifetimeValue: '150' },
    };
    gas.validateAllRows(); // sees Results, keeps the edit summary
    const edit = () => gas.onEdit(emu.user.edit('Pipeline', `V${measuredRow + 2}`, [[1]]));
    const cache = (emu.globals.CacheService as GoogleAppsScript.Cache.CacheService).getDocumentCache()!;
    const cases: Array<[string, () => unknown]> = [
      [`open debrief, ${rows} rows, ${resultRows} Results rows`, () => gas.getDebriefContext(id)],
      [`write debrief (first), ${rows} rows`, () => gas.writeDebrief(id, form)],
      [`write debrief (again), ${rows} rows`, () => gas.writeDebrief(id, form)],
      [`one edited row, Results summary kept, ${rows} rows`, edit],
      [
        `one edited row, summary expired, ${rows} rows`,
        () => {
          cache.remove('pp.results.latest');
          edit();
        },
      ],
      [`Validate all rows with Results, ${rows} rows`, () => gas.validateAllRows()],
    ];
    for (const [name, run] of cases) {
      const cost = measure(emu, run);
      console.log(
        `  ${name.padEnd(46)} ${String(cost.roundTrips).padStart(12)} ${String(cost.all).padStart(10)} ${ms(cost.computeMs).padStart(9)}`,
      );
    }
  }
}

// ---- Emulator and bundle -----------------------------------------------------------------------

function emulatorSpeed(): void {
  const emu = createEmulator();
  const sheet = emu.spreadsheet.getActiveSheet();
  sheet.insertRowsAfter(1000, 9000);
  sheet.insertColumnsAfter(26, 1);
  const rows = Array.from({ length: 10000 }, (_, r) =>
    Array.from({ length: 27 }, (_, c) => (c % 2 ? r * c : `t${r}`)),
  );
  const range = sheet.getRange(1, 1, 10000, 27);
  const write = time(() => range.setValues(rows), 9);
  const read = time(() => range.getValues(), 9);
  console.log(`\nEmulator: 10,000 x 27 setValues ${ms(write)}, getValues ${ms(read)}`);
}

console.log(`dist/Code.js: ${(statSync(codePath).size / 1024).toFixed(1)} KB`);
customFunctions();
tools();
pipelineCalls();
sidebarCalls();
debriefCalls();
emulatorSpeed();
bigQueryFunctions();
if (sink === Symbol.for('never')) console.log(sink);
