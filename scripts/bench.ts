// `npm run bench`: speed of the built add-on (dist/Code.js) in the emulator.
// - Custom functions on 1,000 / 10,000 / 100,000 rows against a bare arithmetic loop (the floor).
// - Round trips of every user action against its budget (ROUND_TRIP_BUDGETS): over budget fails.
// - Spreadsheet service calls of the Pipeline trigger and menu, beside a cell-by-cell implementation.
// - Spreadsheet service calls of the sidebars' server functions (a checklist tick, opening them).
// - Import results: a 100,000-row GA4 export parsed by the page's core, and the server's calls.
// - Payouts: Prepare payouts and Write statements on 1,000 partnerships.
// - The size of the tick store after churn, and of dist/Code.js.
// Times are medians of several runs after a warm-up; call counts are exact.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createEmulator, type Emulator, loadBundle } from '../emulator';
import { customFunctionEvaluator } from '../emulator/custom-functions';
import type { BriefDraft } from '../src/core/brief/draft';
import { PIPELINE_COLUMNS, STAGES } from '../src/core/lifecycle/pipeline';
import { completeDraft } from '../test/integration/brief-helpers';
import { bigQueryFunctions } from './bench-bigquery';
import { importBench } from './bench-import';

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

/** One month of actuals and a 36-month horizon, as the forecast's bench cases read them. */
function forecastInputs(emu: Emulator): void {
  emu.user.setValues('Actuals', 'A1:C2', [
    ['Month', 'Total cost', 'Revenue'],
    [new Date(Date.UTC(2026, 10, 1, 4)), 5000, 12000],
  ]);
  const assumptions = emu.user.getValues('Assumptions');
  const months = assumptions.findIndex((r) => r[0] === 'Months to forecast') + 1;
  emu.user.setValues('Assumptions', `B${months}`, [[36]]);
}

function workbook(bundle = code): { emu: Emulator; gas: Record<string, (...args: unknown[]) => unknown> } {
  const emu = createEmulator({ timeZone: 'America/New_York' });
  const gas = loadBundle(bundle, emu);
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
    results.push([`first edit of a row (gets its ID), ${rows} rows`, cost, width * 2 + 2]);
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
    forecastInputs(emu);
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

// ---- Round trips per action: the budgets -------------------------------------------------------

/**
 * The round-trip budget of every user action: `npm run bench` exits non-zero when one is exceeded,
 * and test/integration/round-trip-budgets.test.ts runs the same check in `npm test`. `goal` is the
 * target of issue 16 where it set one; where the budget is above it, the gap is what is left to win
 * (see the note beside it). Round trips as emulator/counting.ts counts them: spreadsheet calls that
 * reach the Sheets backend (handles such as getRange are free).
 */
export const ROUND_TRIP_BUDGETS: Readonly<Record<string, { budget: number; goal?: number; note?: string }>> =
  {
    'one checklist tick': { budget: 3, goal: 3 },
    'create the same brief again': {
      budget: 12,
      note: "the Pipeline looked up and read, the brief's sheet looked up and checked (its size, A1), cleared, formats, values, bold, backgrounds, and the Brief cell's link made and written again",
    },
    'one checklist tick that changes the Status': {
      budget: 6,
      note: 'the tick, then the row re-validated: header, row, Status',
    },
    'one edited Pipeline row': { budget: 4, goal: 4 },
    'one new Pipeline row (gets its ID)': {
      budget: 5,
      note: 'ID and Status are two columns apart: two writes',
    },
    'one edited Pipeline row, checklists kept': {
      budget: 4,
      goal: 4,
      note: "the row's checklist digest, kept beside its stage record, stands in for its ticks",
    },
    'one edited row, checklists, no digests yet': {
      budget: 6,
      note: "no digests yet (or ticks typed by hand since): the row's ticks, one TextFinder search and one read",
    },
    'paste of 500 rows': { budget: 6 },
    'Validate all rows': { budget: 4 },
    'monthly forecast (chart not counted)': {
      budget: 12,
      goal: 8,
      note: 'five sheets looked up (Results and Forecast too), three read (four with Results), one written, the time zone, a toast (one more over 5,000 rows)',
    },
    'monthly forecast chart': { budget: 4 },
    'assess program maturity': {
      budget: 7,
      goal: 6,
      note: 'three sheets looked up, two read, one written, a toast',
    },
    'open checklists': { budget: 4 },
    'open the brief builder': { budget: 4, goal: 6 },
    'create a brief': {
      budget: 9,
      goal: 6,
      note: "the Pipeline looked up and read, the sheet inserted (no lookup while the Brief cell does not name it) and sized (two widths), formats, values, bold and backgrounds; the time zone comes from the page; the locale too when a number holds '.', ',' or a space; the Brief cell when blank",
    },
  };

export interface ActionCost extends Cost {
  readonly action: string;
  /** Calls to the other services (properties, cache, lock): real round trips too, shown beside. */
  readonly other: number;
}

const CHART_CALL =
  /^(EmbeddedChart|ChartOptions|ContainerInfo)\.|^Sheet\.(getCharts|insertChart|updateChart|removeChart|newChart)$/;

/** Store calls of the other services, as far as they reach a backend (getters of a store are not). */
const OTHER_CALL =
  /^(Properties\.(get|set|delete)|Cache\.(get|put|remove)|Lock\.(tryLock|waitLock|releaseLock))/;

function otherCalls(emu: Emulator): number {
  return Object.entries(emu.calls.byMethod())
    .filter(([m]) => OTHER_CALL.test(m))
    .reduce((sum, [, n]) => sum + n, 0);
}

/** The first data row (1-based sheet row) of a partnership at `stage`, counting from the bottom. */
function rowAtStage(rows: number, stage: string): number {
  for (let i = rows - 1; i >= 0; i--) if (STAGES[i % STAGES.length] === stage) return i + 2;
  throw new Error(`no row at ${stage}`);
}

/**
 * Every action of ROUND_TRIP_BUDGETS on a workbook of `rows` partnerships (at least 50), each
 * measured alone. Actions run in an order that keeps each one's case: edits before checklists
 * exist, then the ticks (every partnership has a row of ticks, so lookups are the longest).
 */
export function actionCosts(bundle: string, rows: number): ActionCost[] {
  const { emu, gas } = workbook(bundle);
  fill(emu, rows);
  forecastInputs(emu);
  const out: ActionCost[] = [];
  const record = (action: string, run: () => unknown, chart?: 'apart') => {
    const cost = measure(emu, run);
    const other = otherCalls(emu);
    if (chart) {
      const chartCalls = Object.entries(emu.calls.byMethod())
        .filter(([m]) => CHART_CALL.test(m))
        .reduce((sum, [, n]) => sum + n, 0);
      out.push({
        action,
        ...cost,
        roundTrips: cost.roundTrips - chartCalls,
        all: cost.all - chartCalls,
        other,
      });
      out.push({
        action: `${action.replace(/ \(chart not counted\)$/, '')} chart`,
        roundTrips: chartCalls,
        all: chartCalls,
        computeMs: 0,
        other: 0,
      });
    } else out.push({ action, ...cost, other });
  };
  gas.validateAllRows(); // the first run gives every row its ID
  record('Validate all rows', () => gas.validateAllRows());
  // A person starts a new row at the bottom with the producer's name: it gets its ID and Status.
  const newRow = rows + 2;
  const producer = HEADERS.indexOf('Producer');
  record('one new Pipeline row (gets its ID)', () =>
    gas.onEdit(
      emu.user.edit('Pipeline', `${String.fromCharCode(65 + producer)}${newRow}`, [['New Producer']]),
    ),
  );
  const ids = emu.user.getValues('Pipeline', `A2:A${newRow}`).map((r) => String(r[0]));
  // An edit that changes the row's Status (a score out of range), so its write is counted too.
  const relevance = `${String.fromCharCode(65 + HEADERS.indexOf('Relevance'))}`;
  const middle = Math.ceil(rows / 2) + 1;
  record('one edited Pipeline row', () =>
    gas.onEdit(emu.user.edit('Pipeline', `${relevance}${middle}`, [[9]])),
  );
  record('paste of 500 rows', () =>
    gas.onEdit(
      emu.user.edit(
        'Pipeline',
        `A${newRow + 1}`,
        Array.from({ length: 500 }, (_, i) => sampleRow(i + 7)),
      ),
    ),
  );
  gas.assessProgramMaturity(); // the first run creates the Maturity sheet
  record('assess program maturity', () => gas.assessProgramMaturity());
  gas.runMonthlyForecast(); // the first run creates the Forecast sheet and its chart
  record('monthly forecast (chart not counted)', () => gas.runMonthlyForecast(), 'apart');
  // A row with at most the 2 review rounds the guide advises (sampleRow gives i % 4), so the
  // draft needs no extra confirmation.
  const briefId = ids.find((_, i) => i % 4 < 3 && i >= rows / 2)!;
  let context: { draft: BriefDraft; timeZone: string | null } | undefined;
  record('open the brief builder', () => {
    context = gas.getBriefContext(briefId) as typeof context;
  });
  record('create a brief', () => {
    // As the page does: the time zone the context brought goes back with the draft.
    const result = gas.createBrief(briefId, completeDraft(context!.draft), context!.timeZone) as {
      ok: boolean;
      errors?: unknown;
    };
    if (!result.ok) throw new Error(`bench: the brief was not created: ${JSON.stringify(result.errors)}`);
  });
  // Made again from a row whose Brief cell names the sheet (as Create brief leaves a blank cell).
  const briefRow = ids.indexOf(briefId) + 2;
  emu.user.setValues('Pipeline', `${String.fromCharCode(65 + HEADERS.indexOf('Brief'))}${briefRow}`, [
    [`Brief ${briefId}`],
  ]);
  record('create the same brief again', () =>
    gas.createBrief(briefId, completeDraft(context!.draft), context!.timeZone),
  );
  // Checklists: the sheet is made by a first tick, then every partnership gets a row.
  gas.setChecklistTick(ids[0], 'decision.objective', true);
  emu.user.setValues(
    'Checklist ticks',
    'A3',
    ids.slice(1).map((id) => [id]),
  );
  // The first search that reaches the hidden ticks sheet checks once that it is hidden (one more
  // round trip, once per spreadsheet) and remembers that such searches can be believed.
  gas.setChecklistTick(ids[1], 'decision.objective', true);
  const onboarding = rowAtStage(rows, 'Onboarding');
  record('one checklist tick', () => gas.setChecklistTick(ids[onboarding - 2], 'onboarding.kickoff', true));
  const promotion = rowAtStage(rows, 'Promotion');
  record('one checklist tick that changes the Status', () =>
    gas.setChecklistTick(ids[promotion - 2], 'onboarding.kickoff', true),
  );
  record('open checklists', () => gas.getChecklists(ids[promotion - 2]));
  record('one edited row, checklists, no digests yet', () =>
    gas.onEdit(emu.user.edit('Pipeline', `${relevance}${promotion}`, [[9]])),
  );
  // Validate all rows reads every tick once and keeps each row's checklist digest: from then on
  // an edit that leaves the Stage alone needs no tick (the score goes back in range: a new Status).
  gas.validateAllRows();
  record('one edited Pipeline row, checklists kept', () =>
    gas.onEdit(emu.user.edit('Pipeline', `${relevance}${promotion}`, [[4]])),
  );
  return out;
}

/** The actions over their budget, as messages; empty when every action is within. */
export function overBudget(costs: readonly ActionCost[]): string[] {
  const over: string[] = [];
  for (const { action, roundTrips } of costs) {
    const budget = ROUND_TRIP_BUDGETS[action]?.budget;
    if (budget === undefined) over.push(`${action}: no budget in ROUND_TRIP_BUDGETS`);
    else if (roundTrips > budget) over.push(`${action}: ${roundTrips} round trips, budget ${budget}`);
  }
  for (const action of Object.keys(ROUND_TRIP_BUDGETS))
    if (!costs.some((c) => c.action === action)) over.push(`${action}: not measured`);
  return over;
}

function roundTripTable(): string[] {
  const over: string[] = [];
  console.log('\nRound trips per action (emulator counts; budgets in ROUND_TRIP_BUDGETS, scripts/bench.ts)');
  console.log(
    `  ${'action'.padEnd(44)} ${'partnerships'.padStart(12)} round trips  all calls  other  budget  goal   compute`,
  );
  for (const rows of [10, 10000]) {
    const costs = actionCosts(code, Math.max(rows, 50));
    for (const c of costs) {
      const { budget, goal } = ROUND_TRIP_BUDGETS[c.action] ?? {};
      const flag = budget !== undefined && c.roundTrips > budget ? '  OVER BUDGET' : '';
      console.log(
        `  ${c.action.padEnd(44)} ${String(Math.max(rows, 50)).padStart(12)} ${String(c.roundTrips).padStart(11)} ${String(c.all).padStart(10)} ${String(c.other).padStart(6)} ${String(budget ?? '-').padStart(7)} ${String(goal ?? '-').padStart(5)} ${ms(c.computeMs).padStart(9)}${flag}`,
      );
    }
    over.push(...overBudget(costs).map((m) => `${m} (${Math.max(rows, 50)} partnerships)`));
  }
  console.log(
    '  (all calls: every spreadsheet call, handles included; other: properties, cache and lock calls, not in the round trips)',
  );
  return over;
}

// ---- The tick store's size ---------------------------------------------------------------------

/**
 * 10,000 partnerships, each with ticks; then churn: 2,000 IDs renamed, 1,000 rows deleted, 1,000
 * partnerships fully unticked. Validate all rows should leave one row per partnership still ticked.
 */
function tickStoreSize(): void {
  const rows = 10000;
  const { emu, gas } = workbook(code);
  fill(emu, rows);
  gas.validateAllRows();
  const ids = emu.user.getValues('Pipeline', `A2:A${rows + 1}`).map((r) => String(r[0]));
  gas.setChecklistTick(ids[0], 'decision.objective', true);
  const at = new Date(Date.UTC(2026, 10, 1));
  emu.user.setValues(
    'Checklist ticks',
    'A2',
    ids.map((id) => [`'${id}`, at]),
  );
  const before = emu.user.getValues('Checklist ticks').length - 1;
  // Churn: renamed (rows 1..2,000 get new IDs), unticked (2,001..3,000), deleted (the last 1,000).
  emu.user.setValues(
    'Pipeline',
    'A2',
    ids.slice(0, 2000).map((_, i) => [`NEW-${i}`]),
  );
  emu.user.setValues(
    'Checklist ticks',
    'B2002',
    ids.slice(2000, 3000).map(() => ['']),
  );
  emu.user.deleteRows('Pipeline', rows - 999 + 1, 1000);
  const cost = measure(emu, () => gas.validateAllRows());
  const after = emu.user.getValues('Checklist ticks').filter((r, i) => i > 0 && r[0] !== '').length;
  console.log(
    `\nTick store ("Checklist ticks" rows): ${before} ticked partnerships; after 2,000 renames, 1,000 deletions and 1,000 fully unticked, Validate all rows keeps ${after} (${cost.roundTrips} round trips, ${ms(cost.computeMs)})`,
  );
  if (after !== rows - 4000) throw new Error(`tick store kept ${after} rows, expected ${rows - 4000}`);
}

// ---- Payouts (Prepare payouts…) ------------------------------------------------------------------
// A separate block with its own round-trip budget rows, to merge beside the other budgets.

/** Round trips each payouts case may take at most; `npm run bench` marks a case over its budget. */
const PAYOUT_BUDGETS: ReadonlyArray<[string, number]> = [
  ['Prepare payouts, 1,000 partnerships (first run)', 23],
  ['Prepare payouts, 1,000 partnerships (re-run, unchanged)', 14],
  ['Prepare payouts, next month, 100 refunds after payment', 21],
  // Brief cells that do not link to the brief (made before briefs were linked, or holding other
  // text): two per brief, a lookup by name and one read of its columns A:B.
  ['Prepare payouts, 1,000 partnerships with a brief sheet each', 2019],
  // Linked: one read per brief; the links are one read of the Brief column and one list of sheets.
  ['Prepare payouts, 1,000 partnerships with a brief sheet each, linked from the Brief cells', 1020],
  // Nine per statement: look up, insert, two widths, formats, values, weights, backgrounds.
  ['Write statements, 10 selected rows', 88],
];

function payoutWorkbook(partnerships: number): {
  emu: Emulator;
  gas: Record<string, (...args: unknown[]) => unknown>;
} {
  const { emu, gas } = workbook();
  fill(emu, partnerships);
  gas.validateAllRows(); // assigns the IDs
  emu.setNow(new Date(Date.UTC(2026, 11, 3, 15)));
  return { emu, gas };
}

/** Results as the import writes them: three sources a month per partnership. */
function payoutResults(
  emu: Emulator,
  ids: string[],
  months: string[],
  refund: (id: number, month: string) => number,
): void {
  const header = ['Key', 'Partnership ID', 'Month', 'Source', 'Attributed sales', 'Refunds', 'Currency'];
  const rows: unknown[][] = [header];
  ids.forEach((id, i) => {
    for (const month of months)
      for (const [s, source] of ['Shopify', 'GA4', 'Generic'].entries())
        rows.push([
          `${id}|${month}|${source}`,
          id,
          month,
          source,
          1000 + ((i * 37 + s * 11) % 9000),
          s === 0 ? refund(i, month) : '',
          'USD',
        ]);
  });
  const sheet = emu.spreadsheet.getSheetByName('Results') ?? emu.spreadsheet.insertSheet('Results');
  sheet.clear();
  emu.user.setValues('Results', 'A1', rows);
}

function preparePayoutsFor(
  emu: Emulator,
  gas: Record<string, (...args: unknown[]) => unknown>,
  month: string,
): void {
  emu.ui.promptResponses.push({ text: month });
  gas.preparePayouts();
}

/** Prints the payouts cases; returns the ones over their budget, so `npm run bench` fails on them too. */
function payoutCalls(): string[] {
  const rows = 1000;
  const results: Array<[string, Cost]> = [];
  {
    const { emu, gas } = payoutWorkbook(rows);
    const ids = emu.user.getValues('Pipeline', `A2:A${rows + 1}`).map((r) => String(r[0]));
    payoutResults(emu, ids, ['2026-10', '2026-11'], () => 0);
    results.push([
      'Prepare payouts, 1,000 partnerships (first run)',
      measure(emu, () => preparePayoutsFor(emu, gas, '2026-10')),
    ]);
    results.push([
      'Prepare payouts, 1,000 partnerships (re-run, unchanged)',
      measure(emu, () => preparePayoutsFor(emu, gas, '2026-10')),
    ]);
    // October is paid; then every tenth partnership has a refund of an October order.
    const values = emu.user.getValues('Payouts');
    const status = values[0].indexOf('Status');
    emu.user.setValues(
      'Payouts',
      'A2',
      values.slice(1).map((row) => row.map((v, c) => (c === status ? 'paid' : v))),
    );
    payoutResults(emu, ids, ['2026-10', '2026-11'], (i, month) =>
      month === '2026-10' && i % 10 === 0 ? 500 : 0,
    );
    results.push([
      'Prepare payouts, next month, 100 refunds after payment',
      measure(emu, () => preparePayoutsFor(emu, gas, '2026-11')),
    ]);
    const sheet = emu.spreadsheet.getSheetByName('Payouts')!;
    emu.spreadsheet.setActiveSheet(sheet);
    emu.spreadsheet.setActiveRange(sheet.getRange(2, 1, 10, 1));
    results.push(['Write statements, 10 selected rows', measure(emu, () => gas.writeStatements())]);
  }
  for (const linked of [false, true]) {
    const { emu, gas } = payoutWorkbook(rows);
    const ids = emu.user.getValues('Pipeline', `A2:A${rows + 1}`).map((r) => String(r[0]));
    payoutResults(emu, ids, ['2026-10'], () => 0);
    const pipeline = emu.spreadsheet.getSheetByName('Pipeline')!;
    const briefColumn = HEADERS.indexOf('Brief') + 1;
    const app = emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    ids.forEach((id, i) => {
      const name = `Brief ${id}`;
      const sheet = emu.spreadsheet.insertSheet(name);
      emu.user.setValues(name, 'A1', [
        [`Brief ${id}: producer × Acme`, ''],
        ['Compensation', ''],
        ['Bonus threshold (sales)', 5000],
        ['Bonus amount', 100],
      ]);
      // As createBrief writes the Brief cell: the sheet's name, linked to it.
      if (linked)
        pipeline
          .getRange(i + 2, briefColumn)
          .setRichTextValue(
            app.newRichTextValue().setText(name).setLinkUrl(`#gid=${sheet.getSheetId()}`).build(),
          );
    });
    results.push([
      `Prepare payouts, 1,000 partnerships with a brief sheet each${linked ? ', linked from the Brief cells' : ''}`,
      measure(emu, () => preparePayoutsFor(emu, gas, '2026-10')),
    ]);
  }
  console.log('\nPayouts: spreadsheet service calls (emulator counts), compute time and round-trip budget');
  console.log(`  ${'case'.padEnd(60)} round trips  all calls    budget   compute`);
  const over: string[] = [];
  for (const [name, cost] of results) {
    const budget = PAYOUT_BUDGETS.find(([n]) => n === name)![1];
    if (cost.roundTrips > budget) over.push(`${name}: ${cost.roundTrips} round trips, budget ${budget}`);
    console.log(
      `  ${name.padEnd(60)} ${String(cost.roundTrips).padStart(11)} ${String(cost.all).padStart(10)} ${String(budget).padStart(9)} ${ms(cost.computeMs).padStart(9)}  ${cost.roundTrips <= budget ? 'ok' : 'OVER BUDGET'}`,
    );
  }
  return over;
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

/** Round trips the import's server calls and the debrief may take at most (both partnership counts). */
const RESULTS_BUDGETS: Readonly<Record<string, number>> = {
  'Import results: the dialog opens': 5,
  'Import results: first import': 14,
  'Import results: the same file again': 6,
  'Import results: a later file for one month': 10,
  'open debrief': 9,
  'write debrief (first)': 23,
  'write debrief (again)': 20,
  'one edited row, Results summary kept': 3,
  'one edited row, summary expired': 8,
  'Validate all rows with Results': 6,
};

/** The cases over their RESULTS_BUDGETS row (or without one), as messages. */
function overResultsBudgets(costs: ReadonlyArray<readonly [string, number]>): string[] {
  const over: string[] = [];
  for (const [action, roundTrips] of costs) {
    const budget = RESULTS_BUDGETS[action];
    if (budget === undefined) over.push(`${action}: no budget in RESULTS_BUDGETS`);
    else if (roundTrips > budget) over.push(`${action}: ${roundTrips} round trips, budget ${budget}`);
  }
  return over;
}

/** Prints the debrief's and the results warnings' cases; returns the ones over their budget. */
function debriefCalls(): string[] {
  const costs: Array<[string, number]> = [];
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
    const cases: Array<[string, string, () => unknown]> = [
      ['open debrief', `, ${rows} rows, ${resultRows} Results rows`, () => gas.getDebriefContext(id)],
      ['write debrief (first)', `, ${rows} rows`, () => gas.writeDebrief(id, form)],
      ['write debrief (again)', `, ${rows} rows`, () => gas.writeDebrief(id, form)],
      ['one edited row, Results summary kept', `, ${rows} rows`, edit],
      [
        'one edited row, summary expired',
        `, ${rows} rows`,
        () => {
          cache.remove('pp.results.latest');
          edit();
        },
      ],
      ['Validate all rows with Results', `, ${rows} rows`, () => gas.validateAllRows()],
    ];
    for (const [action, size, run] of cases) {
      const cost = measure(emu, run);
      costs.push([action, cost.roundTrips]);
      console.log(
        `  ${(action + size).padEnd(46)} ${String(cost.roundTrips).padStart(12)} ${String(cost.all).padStart(10)} ${ms(cost.computeMs).padStart(9)}`,
      );
    }
  }
  return overResultsBudgets(costs);
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

function main(): void {
  console.log(`dist/Code.js: ${(statSync(codePath).size / 1024).toFixed(1)} KB`);
  customFunctions();
  tools();
  const over = roundTripTable();
  pipelineCalls();
  tickStoreSize();
  over.push(...payoutCalls());
  over.push(...debriefCalls());
  over.push(...overResultsBudgets(importBench(code)));
  emulatorSpeed();
  bigQueryFunctions();
  if (sink === Symbol.for('never')) console.log(sink);
  if (over.length > 0) {
    console.error(
      `\nFAILED: ${over.length} round-trip budget(s) exceeded (ROUND_TRIP_BUDGETS in scripts/bench.ts):`,
    );
    for (const line of over) console.error(`  ${line}`);
    process.exitCode = 1;
  }
}

// Run as `npm run bench`; imported (by the budget test) it only exports the budgets and the cases.
if (require.main === module) main();
