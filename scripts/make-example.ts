// Writes examples/partnerships.xlsx: 40 partnerships over every stage (a few with problems the
// validator finds), the Assumptions sheet with a fixed start month, an Actuals sheet, and a Results
// sheet imported from a GA4 download (September to November) and one producer's YouTube insights,
// payouts for September (paid) and October (approved), one statement, and a brief and debrief for
// Cy Cycles (P-0029, at Measurement). The sheets are made by the built add-on itself in the emulator
// (Set up workbook, Validate all rows, Import results, Prepare payouts…, Write statements, the brief
// builder's and the debrief's server calls), so the file holds exactly the headers, formulas,
// formats and Status text the add-on writes.
// Run: npm run build && npx tsx scripts/make-example.ts
import { join } from 'node:path';
import { zoneOffsetMinutes } from '../emulator/dates';
import { type Addon, startAddon } from '../playground/addon';
import { saveWorkbook } from '../playground/workbook-file';
import { STAGES as LIFECYCLE } from '../src/core/lifecycle/pipeline';
import type { ImportContext } from '../src/core/results/import-contract';
import { type PrepareOptions, prepareImport } from '../src/core/results/prepare-import';

const root = join(__dirname, '..');
const TODAY = new Date(Date.UTC(2026, 10, 16, 15)); // 16 Nov 2026: the example's "now"
const TIME_ZONE = 'America/New_York';

/** Midnight of a day in the example's time zone, as Sheets stores a typed date. */
const day = (iso: string) => {
  const utc = Date.parse(`${iso}T00:00:00Z`);
  return new Date(utc - zoneOffsetMinutes(utc + 6 * 3600000, TIME_ZONE) * 60000);
};

const PRODUCERS: [string, string, string, number][] = [
  ['Ada Makes', 'YouTube', 'Home workshop', 184000],
  ['Bea Bakes', 'Instagram', 'Baking', 92000],
  ['Cal Codes', 'YouTube', 'Programming', 310000],
  ['Dee Runs', 'TikTok', 'Running', 455000],
  ['Eli Eats', 'Instagram', 'Street food', 61000],
  ['Fay Films', 'YouTube', 'Filmmaking', 128000],
  ['Gus Gardens', 'Podcast', 'Gardening', 38000],
  ['Hana Hikes', 'Instagram', 'Outdoors', 74000],
  ['Ivo Invests', 'Newsletter', 'Personal finance', 52000],
  ['Jo Journals', 'Blog', 'Stationery', 21000],
  ['Kit Knits', 'TikTok', 'Knitting', 233000],
  ['Lou Lifts', 'YouTube', 'Strength training', 402000],
  ['Mia Mixes', 'Twitch', 'DJ sets', 47000],
  ['Ned Notes', 'LinkedIn', 'Productivity', 88000],
  ['Ola Outdoors', 'YouTube', 'Camping', 156000],
  ['Pam Paints', 'Instagram', 'Watercolour', 69000],
  ['Quin Quilts', 'Blog', 'Quilting', 17000],
  ['Rae Reviews', 'YouTube', 'Tech reviews', 512000],
  ['Sam Sails', 'Instagram', 'Sailing', 43000],
  ['Tess Travels', 'TikTok', 'Budget travel', 287000],
  ['Uma Upcycles', 'YouTube', 'Upcycling', 99000],
  ['Vic Vinyl', 'Podcast', 'Record collecting', 26000],
  ['Wes Woodworks', 'YouTube', 'Woodworking', 221000],
  ['Xia Xplores', 'Instagram', 'City guides', 83000],
  ['Yara Yoga', 'YouTube', 'Yoga', 348000],
  ['Zed Zines', 'Newsletter', 'Indie comics', 12000],
  ['Ari Audio', 'Podcast', 'Home studio', 57000],
  ['Bo Brews', 'Twitch', 'Homebrewing', 31000],
  ['Cy Cycles', 'YouTube', 'Cycling', 176000],
  ['Dot Decor', 'Instagram', 'Interiors', 121000],
  ['Em Explains', 'TikTok', 'Science', 640000],
  ['Fin Fishes', 'YouTube', 'Fly fishing', 64000],
  ['Gia Games', 'Twitch', 'Board games', 72000],
  ['Hal Hacks', 'X', 'Life hacks', 95000],
  ['Iris Inks', 'Instagram', 'Calligraphy', 58000],
  ['Jay Jams', 'YouTube', 'Guitar lessons', 267000],
  ['Kai Kayaks', 'Instagram', 'Paddling', 29000],
  ['Lia Learns', 'YouTube', 'Languages', 198000],
  ['Max Maps', 'Blog', 'Cartography', 9000],
  ['Nia Naps', 'Podcast', 'Sleep science', 41000],
];

// Stages for the 40 rows, in order: every stage appears.
const STAGES = [
  ...Array(5).fill('Discovery'),
  ...Array(5).fill('Negotiation'),
  ...Array(6).fill('Onboarding'),
  ...Array(6).fill('Co-creation'),
  ...Array(6).fill('Promotion'),
  ...Array(6).fill('Measurement'),
  ...Array(4).fill('Renewal'),
  ...Array(2).fill('Exit'),
] as string[];
const ORDER: readonly string[] = LIFECYCLE;
const reached = (stage: string, from: string) => ORDER.indexOf(stage) >= ORDER.indexOf(from);
const OWNERS = ['Priya', 'Tom', 'Lena'];

function partnership(i: number): Record<string, unknown> {
  const [producer, platform, niche, audience] = PRODUCERS[i];
  const stage = STAGES[i];
  const row: Record<string, unknown> = {
    Producer: producer,
    Platform: platform,
    Niche: niche,
    'Audience size': audience,
    Relevance: 3 + (i % 3),
    Resonance: 2 + ((i * 7) % 4),
    Reliability: 3 + ((i * 5) % 3),
    Stage: stage,
    Owner: OWNERS[i % 3],
    Exclusivity: ['None', 'Category', 'Platform'][i % 3],
  };
  if (stage === 'Discovery' && i % 2 === 0) {
    // Not vetted yet: allowed in Discovery.
    delete row.Relevance;
    delete row.Resonance;
    delete row.Reliability;
  }
  if (reached(stage, 'Onboarding')) {
    row['Base fee'] = [500, 750, 1000, 1500, 0][i % 5];
    row.Commission = [0.1, 0.08, 0.12, 0.15, 0.2][i % 5];
    row['Contract signed'] = true;
    row['Start date'] = day(`2026-${String(3 + (i % 7)).padStart(2, '0')}-01`);
    row['Last check-in'] = day(`2026-11-${String(2 + (i % 12)).padStart(2, '0')}`);
  }
  if (reached(stage, 'Co-creation')) {
    row.Brief = `Spring launch: ${niche.toLowerCase()} tutorial with the starter kit`;
    row['Usage rights'] = ['Organic only, 6 months', 'Paid ads, 12 months', 'Perpetual, organic'][i % 3];
    row['Revision rounds'] = i % 3;
  }
  if (reached(stage, 'Promotion')) {
    row.Disclosure = true;
    row['UTM link'] =
      `https://shop.example.com/kit?utm_source=${platform.toLowerCase()}&utm_medium=creator&utm_campaign=spring-${i}`;
  }
  if (reached(stage, 'Measurement')) row['Attributed sales'] = 4000 + ((i * 3917) % 26000);
  if (stage === 'Renewal' || stage === 'Exit') row['Debrief done'] = true;
  if (stage === 'Exit') {
    row['End date'] = day('2026-10-31');
    delete row['Last check-in'];
  }
  return row;
}

// A few rows with problems the validator finds (errors and warnings).
function withProblems(rows: Record<string, unknown>[]): void {
  rows[11]['Contract signed'] = false; // Onboarding without a signed contract
  delete rows[13]['Start date']; // Onboarding without a start date
  rows[18]['Revision rounds'] = 4; // Co-creation: more than 2 rounds is a warning
  rows[23].Disclosure = false; // Promotion without #ad
  rows[25]['UTM link'] = 'https://shop.example.com/kit?utm_source=tiktok'; // no utm_medium/campaign
  rows[30]['Last check-in'] = day('2026-08-20'); // stale check-in
  rows[33].Commission = 12; // 1200%: did you mean 12%?
}

async function main(): Promise<void> {
  const addon = startAddon(join(root, 'dist'), { timeZone: TIME_ZONE, now: () => TODAY });
  const { emu, gas } = addon;
  emu.spreadsheet.rename('Producer partnerships (example)');
  gas.onOpen({ authMode: 'FULL' });
  gas.setUpWorkbook();
  const blank = emu.spreadsheet.getSheetByName('Sheet1');
  if (blank && blank.getLastRow() === 0) emu.spreadsheet.deleteSheet(blank);

  const header = emu.user.getValues('Pipeline', '1:1')[0].map(String);
  const rows = PRODUCERS.map((_, i) => partnership(i));
  withProblems(rows);
  const grid = rows.map((row) => header.map((h) => (h in row ? row[h] : '')));
  // Score, Payout, ID and Status are the add-on's: leave them out of what is typed.
  const owned = new Set(['ID', 'Score', 'Payout', 'Status']);
  for (let c = 0; c < header.length; c++) {
    if (owned.has(header[c])) continue;
    emu.user.setValues(
      'Pipeline',
      `${letters(c + 1)}2`,
      grid.map((r) => [r[c]]),
    );
  }
  gas.validateAllRows();

  // The forecast starts in September 2026, so the Actuals months compare with it.
  const labels = emu.user.getValues('Assumptions', 'A:A').map((r) => String(r[0]));
  const start = labels.indexOf('Start month') + 1;
  emu.user.setValues('Assumptions', `B${start}`, [[day('2026-09-01')]]);
  emu.user.setValues('Actuals', 'A1', [
    ['Month', 'Total cost', 'Revenue'],
    [day('2026-09-01'), 21500, 38200],
    [day('2026-10-01'), 23100, 61400],
    [day('2026-11-01'), 22800, 70950],
  ]);
  emu.spreadsheet.getSheetByName('Actuals')?.getRange('A2:A4').setNumberFormat('mmm yyyy');
  emu.spreadsheet.getSheetByName('Actuals')?.getRange('B2:C4').setNumberFormat('$#,##0');
  emu.spreadsheet.getSheetByName('Actuals')?.getRange('A1:C1').setFontWeight('bold');

  const imported = [
    importResults(gas, ga4Download(), 'ga4-traffic-acquisition.csv'),
    importResults(gas, YOUTUBE_INSIGHTS, 'youtube-cy-cycles.csv', { wholeFile: 'P-0029' }),
  ];

  const payouts = payMonths(addon);
  const debriefed = briefAndDebrief(gas);
  // Again, now that the Pipeline has a Debrief column: Renewal and Exit rows without one are warned.
  gas.validateAllRows();

  const target = join(root, 'examples', 'partnerships.xlsx');
  await saveWorkbook(emu, target);
  const statuses = emu.user.getValues(
    'Pipeline',
    `${letters(header.indexOf('Status') + 1)}2:${letters(header.indexOf('Status') + 1)}41`,
  );
  const problems = statuses.filter((r) => r[0] !== 'OK').length;
  console.log(`Wrote ${target}: ${rows.length} partnerships, ${problems} with errors or warnings.`);
  for (const message of [...imported, ...payouts, debriefed]) console.log(message);
}

/** The partnership with a brief, a YouTube export and a debrief. */
const DEBRIEFED = 'P-0029';

/**
 * "Prepare payouts…" for September and October (the month typed into its prompt), then the team's
 * part as a person does it: September typed paid, October approved, in the Status column; then
 * "Write statements for selected payouts" for the debriefed producer's October row.
 */
function payMonths({ emu, gas }: Addon): string[] {
  const statuses: Record<string, string> = { '2026-09': 'paid', '2026-10': 'approved' };
  for (const month of Object.keys(statuses)) {
    emu.ui.promptResponses.push({ text: month });
    gas.preparePayouts();
  }
  const values = emu.user.getValues('Payouts');
  const header = values[0].map(String);
  const [idCol, monthCol, statusCol, dueCol] = ['Partnership ID', 'Month', 'Status', 'Total due'].map((h) =>
    header.indexOf(h),
  );
  const status = letters(statusCol + 1);
  // A row the add-on could not compute (no Total due) stays pending: nobody approves an unknown sum.
  const settled = (r: unknown[]) => typeof r[dueCol] === 'number' && String(r[monthCol]) in statuses;
  const typed = values.slice(1).map((r) => [settled(r) ? statuses[String(r[monthCol])] : r[statusCol]]);
  emu.user.setValues('Payouts', `${status}2:${status}${typed.length + 1}`, typed);
  const row = values.findIndex((r) => r[idCol] === DEBRIEFED && r[monthCol] === '2026-10') + 1;
  if (row < 1) throw new Error(`no Payouts row for ${DEBRIEFED} 2026-10`);
  emu.user.select('Payouts', `A${row}`);
  gas.writeStatements();
  const counts = Object.entries(statuses).map(
    ([month, s]) => `${values.filter((r) => r[monthCol] === month && settled(r)).length} ${s} for ${month}`,
  );
  return [`Payouts: ${counts.join(', ')}.`, String(emu.ui.toasts.at(-1)?.message ?? '')];
}

/** Cy Cycles' brief (written by the brief builder's server call) with targets for September to November. */
const BRIEF_VALUES: Record<string, string> = {
  brand: 'Acme Kits',
  goal: 'Sell the commuter kit to everyday cyclists',
  term: 'Pilot (1–3 months)',
  audienceProblem: 'Flat tyres and cold hands on the ride to work',
  message1: 'Everything for a year of commuting fits under the saddle',
  startDate: '2026-09-01',
  kickoffDate: '2026-08-18',
  launchDate: '2026-09-08',
  midReviewDate: '2026-10-15',
  endDate: '2026-11-30',
  disclosureWording: 'Paid partnership with {brand}',
  landingUrl: 'https://shop.example.com/kit',
  expectedSales: '4500',
  targetContentOutput: '3',
  targetReach: '50000',
  targetEngagementRate: '5',
  targetAttributedSales: '4500',
  targetLifetimeValue: '90',
  termination: '30 days written notice by either side',
};

/** The brief as the builder writes it, then "Write debrief…" as the sidebar sends it. */
function briefAndDebrief(gas: Addon['gas']): string {
  const base = JSON.parse(JSON.stringify(gas.getBriefContext(DEBRIEFED).draft));
  const draft = {
    ...base,
    values: { ...base.values, ...BRIEF_VALUES },
    deliverables: [
      ['Kit review: a week of commuting', '2026-09-01', '2026-09-08'],
      ['Fixing a flat with the kit', '2026-10-06', '2026-10-13'],
      ['Winter riding setup', '2026-11-03', '2026-11-10'],
    ].map(([item, draftDate, goLiveDate]) => ({
      item,
      platform: 'YouTube',
      format: '8–12 min',
      count: '1',
      draftDate,
      goLiveDate,
    })),
  };
  const brief = JSON.parse(JSON.stringify(gas.createBrief(DEBRIEFED, draft)));
  if (!brief.ok) throw new Error(`brief for ${DEBRIEFED}: ${JSON.stringify(brief)}`);
  const result = JSON.parse(
    JSON.stringify(
      gas.writeDebrief(DEBRIEFED, {
        text: {
          worked: 'The flat-tyre video: most sessions and orders came in the week after it went live.',
          didNotWork: 'The winter setup video went live late in the season; fewer orders than October.',
          toChange: 'Go live with seasonal videos a month earlier; add a discount code to the description.',
        },
        ticks: { audienceShifting: false, strainedRelationship: false },
        numbers: { contentOutput: '3', lifetimeValue: '$95' },
      }),
    ),
  );
  if (!result.ok) throw new Error(`debrief for ${DEBRIEFED}: ${JSON.stringify(result)}`);
  return `${brief.message} ${result.message} Suggestion: ${result.suggestion}.`;
}

/**
 * A GA4 traffic-acquisition download for September to November: one row per tracked campaign
 * (rows from Promotion on) and month, sales from Measurement on, and untracked traffic.
 */
function ga4Download(): string {
  const lines = [
    '# ----------------------------------------',
    '# Traffic acquisition: Session campaign',
    '# Account: Acme Kits',
    '# Start date: 20260901',
    '# End date: 20261130',
    '# ----------------------------------------',
    'Session campaign,Session source / medium,Year month,Sessions,Key events,Total revenue',
  ];
  for (const [m, month] of ['202609', '202610', '202611'].entries()) {
    for (let i = 0; i < PRODUCERS.length; i++) {
      if (!reached(STAGES[i], 'Promotion') || i === 25) continue;
      const measured = reached(STAGES[i], 'Measurement');
      const sessions = 300 + ((i * 131 + m * 97) % 900);
      const orders = measured ? 8 + ((i * 7 + m * 5) % 30) : (i + m) % 3;
      const revenue = measured ? orders * (42 + (i % 5) * 6.5) : orders * 39.9;
      lines.push(
        `spring-${i},${PRODUCERS[i][1].toLowerCase()} / creator,${month},${sessions},${orders},${revenue.toFixed(2)}`,
      );
    }
    lines.push(`(not set),google / organic,${month},${5200 + m * 310},61,"${(2480.5 + m * 120).toFixed(2)}"`);
  }
  return `${lines.join('\n')}\n`;
}

/** Cy Cycles' YouTube Studio export of the sponsored videos (the channel is the producer's). */
const YOUTUBE_INSIGHTS = [
  'Content,Video title,Video publish time,Duration,Views,Likes,Comments added,Shares',
  'Total,,,,61400,3120,402,188',
  'v1a,Kit review: a week of commuting,"Sep 8, 2026",744,28100,1450,190,82',
  'v2b,Fixing a flat with the kit,"Oct 13, 2026",512,19800,990,121,60',
  'v3c,Winter riding setup,"Nov 10, 2026",655,13500,680,91,46',
].join('\n');

/** An import as the dialog makes it: the context, the file parsed by the core, the server call. */
function importResults(gas: Addon['gas'], text: string, fileName: string, options: PrepareOptions = {}) {
  const context = JSON.parse(JSON.stringify(gas.getImportContext())) as ImportContext;
  const prepared = prepareImport(text, fileName, context, options);
  if (!prepared.ok) throw new Error(`${fileName}: ${prepared.message}`);
  return gas.importResults(prepared.payload).message as string;
}

function letters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
