// `npm run bench`, BigQuery part: each generated function body's size against BigQuery's limit, and
// the time for 100,000 rows of it run as BigQuery runs a JavaScript UDF (emulator/bigquery), one
// call per row. roi_forecast returns rows: 100,000 of them are 8,334 forecasts of 12 months;
// disclosure_check reads captions of 300 characters.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadUdfs, type Udf } from '../emulator/bigquery/udf-runtime';
import { STAGES } from '../src/core/lifecycle/pipeline';

// BigQuery rejects a body over this ("Definition body too long"; https://cloud.google.com/bigquery/quotas#udf_limits).
const BODY_LIMIT = 32768;
const ROWS = 100_000;

function median(samples: number[]): number {
  return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

/** Median of three timed passes over the argument lists, after one warm-up pass. */
function timeRows(fn: Udf, rows: readonly unknown[][]): number {
  let sink: unknown;
  for (const args of rows.slice(0, 10_000)) sink = fn.apply(args);
  const samples: number[] = [];
  for (let s = 0; s < 3; s++) {
    const start = performance.now();
    for (const args of rows) sink = fn.apply(args);
    samples.push(performance.now() - start);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return median(samples);
}

const PIPELINE_ROW = {
  ID: 'P-0001',
  Producer: 'Producer 1',
  Relevance: 4,
  Resonance: 3,
  Reliability: 5,
  Stage: 'Promotion',
  Start_date: '2026-09-01',
  Base_fee: 1000,
  Commission: 0.1,
  Attributed_sales: 5000,
  Contract_signed: true,
  Brief: 'brief',
  Usage_rights: 'organic',
  Revision_rounds: 3,
  Disclosure: true,
  UTM_link: 'https://shop.example.com/?utm_source=a&utm_medium=b&utm_campaign=c',
  Last_check_in: '2026-11-01',
  Audience_size: 12000,
  End_date: null,
  Debrief_done: false,
};

/** One record of arguments per row, by parameter name; a parameter not named is NULL. */
function argumentRows(name: string): Record<string, unknown>[] {
  const stages = STAGES.filter((stage) => stage !== 'Exit');
  const rows = (count: number, make: (i: number) => Record<string, unknown>) =>
    Array.from({ length: count }, (_, i) => make(i));
  switch (name) {
    case 'producer_score':
      return rows(ROWS, (i) => ({ relevance: i % 6, resonance: (i * 7) % 6, reliability: (i * 3) % 6 }));
    case 'hybrid_payout':
      return rows(ROWS, (i) => ({
        base_fee: 500 + (i % 10) * 100,
        commission: 0.1,
        attributed_sales: (i * 37) % 50000,
      }));
    case 'roi_forecast':
      return rows(Math.ceil(ROWS / 12), (i) => ({
        partnerships: [10 + (i % 20)],
        monthly_cost: 1000,
        return_multiple: 4,
        months: 12,
        hidden_cost_rate: 0.15,
        ramp_months: 3,
      }));
    case 'utm_link':
      return rows(ROWS, (i) => ({
        url: `https://shop.example.com/p/${i}?color=red`,
        source: 'youtube',
        medium: 'video',
        campaign: 'spring launch',
      }));
    case 'disclosure_check': {
      // Captions of 300 characters, the disclosure in a different place in each.
      const text = 'Loving this serum for my morning routine, it keeps my skin calm all day long. '.repeat(4);
      return rows(ROWS, (i) => {
        const at = (i * 37) % 290;
        return {
          caption: `${text.slice(0, at)} #ad ${text.slice(at)}`.slice(0, 300),
          brand: i % 2 ? 'Acme' : null,
        };
      });
    }
    case 'lifecycle_status': {
      const now = new Date(Date.UTC(2026, 10, 28));
      return rows(ROWS, (i) => ({
        row: {
          ...PIPELINE_ROW,
          ID: `P-${i}`,
          Stage: stages[i % stages.length],
          Attributed_sales: (i * 37) % 20000,
        },
        now,
      }));
    }
    default:
      return [];
  }
}

export function bigQueryFunctions(): void {
  const sql = readFileSync(join(__dirname, '..', 'dist', 'bigquery', 'producer_partnerships.sql'), 'utf8');
  console.log(
    '\nBigQuery functions (dist/bigquery/producer_partnerships.sql), run as JavaScript UDFs in a vm',
  );
  console.log('  function            body bytes   of limit   100,000 rows   per row');
  for (const fn of loadUdfs(sql).values()) {
    const bytes = Buffer.byteLength(fn.definition.body);
    const rows = argumentRows(fn.definition.name).map((args) =>
      fn.definition.params.map((param) => args[param.name] ?? null),
    );
    const ms = rows.length ? timeRows(fn, rows) : Number.NaN;
    console.log(
      `  ${fn.definition.name.padEnd(18)} ${String(bytes).padStart(11)} ${`${((100 * bytes) / BODY_LIMIT).toFixed(1)}%`.padStart(10)} ${`${ms.toFixed(0)} ms`.padStart(14)} ${`${((1000 * ms) / ROWS).toFixed(1)} us`.padStart(9)}`,
    );
  }
}
