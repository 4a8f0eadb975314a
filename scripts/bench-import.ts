// `npm run bench`, Import results part: a GA4 export of 100,000 rows over 1,000 partnerships and 12
// months. The page's work (papaparse and the core: read, attribute, total) is timed in Node; the
// server's two calls run in the built bundle in the emulator and their spreadsheet service calls are
// counted: the first import (11,400 Results rows written: every 20th row is "(not set)"), the same
// file again (nothing written), and a later file for one month (its rows replaced).
import { createEmulator, loadBundle } from '../emulator';
import { PIPELINE_COLUMNS } from '../src/core/lifecycle/pipeline';
import type { ImportContext, ImportPayload } from '../src/core/results/import-contract';
import { prepareImport } from '../src/core/results/prepare-import';

const ROWS = 100_000;
const PARTNERSHIPS = 1000;
const HEADERS: string[] = Object.values(PIPELINE_COLUMNS);

function median(samples: number[]): number {
  return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

/** A GA4 traffic-acquisition download: comment header, one row per campaign, source and day. */
export function ga4Export(rows: number, partnerships: number, bump = 0, onlyMonth?: number): string {
  const lines = [
    '# ----------------------------------------',
    '# Traffic acquisition: Session campaign',
    '# Start date: 20260101',
    '# End date: 20261231',
    '# ----------------------------------------',
    'Session campaign,Session source / medium,Date,Sessions,Key events,Total revenue',
  ];
  for (let i = 0; i < rows; i++) {
    const campaign = i % 20 === 19 ? '(not set)' : `P-${String((i % partnerships) + 1).padStart(4, '0')}`;
    const month = onlyMonth ?? (Math.floor(i / partnerships) % 12) + 1;
    const day = (i % 28) + 1;
    lines.push(
      `${campaign},instagram / creator,2026${String(month).padStart(2, '0')}${String(day).padStart(2, '0')},${(i % 50) + bump},${i % 3},"${((i % 400) + 0.25).toFixed(2)}"`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Prints the import's figures; returns each server call's round trips, for its budget. */
export function importBench(code: string): Array<[action: string, roundTrips: number]> {
  const emu = createEmulator({ timeZone: 'America/New_York' });
  const gas = loadBundle(code, emu) as Record<string, (...args: unknown[]) => unknown>;
  gas.setUpWorkbook();
  const row = (i: number) =>
    HEADERS.map((h) =>
      h === 'ID'
        ? `P-${String(i + 1).padStart(4, '0')}`
        : h === 'Producer'
          ? `Producer ${i}`
          : h === 'Stage'
            ? 'Measurement'
            : h === 'UTM link'
              ? `https://shop.example.com/?utm_source=ig&utm_medium=creator&utm_campaign=P-${String(i + 1).padStart(4, '0')}`
              : '',
    );
  emu.user.setValues(
    'Pipeline',
    'A2',
    Array.from({ length: PARTNERSHIPS }, (_, i) => row(i)),
  );
  const text = ga4Export(ROWS, PARTNERSHIPS);

  const calls = (run: () => unknown) => {
    emu.calls.reset();
    const start = performance.now();
    const value = run();
    return {
      value,
      ms: performance.now() - start,
      roundTrips: emu.calls.roundTrips(),
      all: emu.calls.total('spreadsheet'),
    };
  };
  const opened = calls(() => gas.getImportContext());
  const context = JSON.parse(JSON.stringify(opened.value)) as ImportContext;

  const samples: number[] = [];
  let payload: ImportPayload | undefined;
  for (let s = 0; s < 5; s++) {
    const start = performance.now();
    const prepared = prepareImport(text, 'ga4.csv', context);
    samples.push(performance.now() - start);
    if (!prepared.ok) throw new Error(prepared.message);
    payload = prepared.payload;
  }
  const parseMs = median(samples);
  const bytes = JSON.stringify(payload).length;
  const first = calls(() => gas.importResults(payload));
  const again = calls(() => gas.importResults(payload));
  const later = prepareImport(ga4Export(ROWS / 12, PARTNERSHIPS, 1, 11), 'ga4-november.csv', context);
  if (!later.ok) throw new Error(later.message);
  const replace = calls(() => gas.importResults(later.payload));

  const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
  console.log(
    `\nImport results: a GA4 export of ${ROWS.toLocaleString('en-US')} rows (${(text.length / 1024 / 1024).toFixed(1)} MB), ${PARTNERSHIPS.toLocaleString('en-US')} partnerships, 12 months`,
  );
  console.log(
    `  page (Node timing): read + attribute + total ${ms(parseMs)} (median of 5); sends ${payload!.totals.length.toLocaleString('en-US')} totals, ${(bytes / 1024).toFixed(0)} KB of JSON`,
  );
  console.log(`  ${'server call'.padEnd(46)} round trips  all calls   compute`);
  const cases = [
    ['getImportContext (dialog opens)', 'Import results: the dialog opens', opened],
    [
      `importResults, first import (${payload!.totals.length.toLocaleString('en-US')} rows)`,
      'Import results: first import',
      first,
    ],
    ['importResults, same file again (no write)', 'Import results: the same file again', again],
    [
      `importResults, later November file (${later.payload.totals.length} rows)`,
      'Import results: a later file for one month',
      replace,
    ],
  ] as const;
  for (const [name, , cost] of cases) {
    console.log(
      `  ${name.padEnd(46)} ${String(cost.roundTrips).padStart(12)} ${String(cost.all).padStart(10)} ${ms(cost.ms).padStart(9)}`,
    );
  }
  return cases.map(([, action, cost]) => [action, cost.roundTrips] as [string, number]);
}
