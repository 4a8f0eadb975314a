// `npm start`: loads the built add-on (dist/Code.js) into the emulator and shows it at work on
// sample data: the custom functions, Set up workbook, validation as people type, Validate all rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEmulator, loadBundle } from '../emulator';
import { customFunctionEvaluator } from '../emulator/custom-functions';

const code = readFileSync(join(__dirname, '..', 'dist', 'Code.js'), 'utf8');
const emu = createEmulator({ timeZone: 'America/New_York' });
const gas = loadBundle(code, emu);
emu.formulaEvaluator = customFunctionEvaluator(emu, gas);

const heading = (text: string) => console.log(`\n== ${text} ${'='.repeat(Math.max(0, 70 - text.length))}`);
const fmt = (v: unknown) =>
  typeof v === 'number'
    ? Number.isInteger(v)
      ? String(v)
      : v.toFixed(2)
    : v instanceof Date
      ? v.toISOString().slice(0, 10)
      : String(v);
const table = (rows: unknown[][]) => {
  const cells = rows.map((r) => r.map(fmt));
  const widths = cells[0].map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  for (const r of cells) console.log(`  ${r.map((v, c) => v.padEnd(widths[c])).join('  ')}`);
};

heading('Custom functions (called as Sheets calls them)');
console.log(`  =PRODUCER_SCORE(5, 3, 1)                       -> ${fmt(gas.PRODUCER_SCORE(5, 3, 1))}`);
console.log(
  `  =PRODUCER_SCORE(5, 3, 1, {2,1,1})              -> ${fmt(gas.PRODUCER_SCORE(5, 3, 1, [[2, 1, 1]]))}`,
);
console.log(
  `  =HYBRID_PAYOUT(1000, 10%, 25000)               -> ${fmt(gas.HYBRID_PAYOUT(1000, 0.1, 25000))}`,
);
console.log(
  `  =HYBRID_PAYOUT(1000, {0,10%;10000,15%}, 25000) -> ${fmt(
    gas.HYBRID_PAYOUT(
      1000,
      [
        [0, 0.1],
        [10000, 0.15],
      ],
      25000,
    ),
  )}`,
);
console.log(
  `  =HYBRID_PAYOUT(1000, 10%, 25000, 20000, 500, 2000) -> ${fmt(gas.HYBRID_PAYOUT(1000, 0.1, 25000, 20000, 500, 2000))}`,
);
console.log(
  `  =PRODUCER_SCORE({5,3,1; 7,3,1; "","",""})      -> ${JSON.stringify(
    gas.PRODUCER_SCORE([
      [5, 3, 1],
      [7, 3, 1],
      ['', '', ''],
    ]),
  )}`,
);
console.log('  =ROI_FORECAST(10, 1000, 4, 3, 20%, 3):');
table(gas.ROI_FORECAST(10, 1000, 4, 3, 0.2, 3));
console.log(
  `  =HYBRID_PAYOUT(1000, {0,10%;10000,15%}, 25000, , , , "whole") -> ${fmt(
    gas.HYBRID_PAYOUT(
      1000,
      [
        [0, 0.1],
        [10000, 0.15],
      ],
      25000,
      undefined,
      undefined,
      undefined,
      'whole',
    ),
  )}`,
);
console.log(
  `  =UTM_LINK("https://shop.example.com/p?id=7#top", "instagram", "influencer", "spring sale")\n    -> ${gas.UTM_LINK('https://shop.example.com/p?id=7#top', 'instagram', 'influencer', 'spring sale')}`,
);
for (const [caption, brand] of [
  ['New shoes from Acme! #ad', ''],
  ['New shoes #sp #collab', ''],
  ['New shoes #AcmePartner', 'Acme'],
  [`${'So light on long runs. '.repeat(7)}#run #shoes #ad #fit`, ''],
]) {
  console.log(
    `  =DISCLOSURE_CHECK("${caption.length > 40 ? `${caption.slice(0, 37)}...` : caption}"${brand ? `, "${brand}"` : ''})\n    -> ${gas.DISCLOSURE_CHECK(caption, brand || undefined)}`,
  );
}
console.log('  =PARTNER_CONCENTRATION({"Ana";" ana ";"Ben";"Cleo"}, {400;200;300;100}):');
table(gas.PARTNER_CONCENTRATION([['Ana'], [' ana '], ['Ben'], ['Cleo']], [[400], [200], [300], [100]]));

heading('Menu (onOpen)');
gas.onOpen({ authMode: 'FULL' });
for (const menu of emu.ui.menus)
  console.log(`  ${menu.title}: ${menu.items.map((i) => i.caption).join(' | ')}`);

heading('Set up workbook');
gas.setUpWorkbook();
console.log(`  toast: ${emu.ui.toasts.at(-1)?.message}`);

heading('People type partnerships into the Pipeline (onEdit validates each edit)');
const header = emu.user.getValues('Pipeline', 'A1:AA1')[0].map(String);
const col = (name: string) => header.indexOf(name);
const day = (iso: string) => new Date(`${iso}T05:00:00Z`);
const samples: Array<Record<string, unknown>> = [
  {
    Producer: 'Ada Makes',
    Platform: 'YouTube',
    Relevance: 5,
    Resonance: 4,
    Reliability: 5,
    Stage: 'Promotion',
    'Start date': day('2026-09-01'),
    'Base fee': 1000,
    Commission: 0.1,
    'Attributed sales': 25000,
    'Contract signed': true,
    Brief: 'Spring launch brief',
    'Usage rights': 'Organic + 30 days paid',
    'Revision rounds': 3,
    Disclosure: false,
    'UTM link': 'https://shop.example.com/?utm_source=ada&utm_medium=video&utm_campaign=spring',
    'Last check-in': day('2026-11-20'),
  },
  {
    Producer: 'Bo Bakes',
    Platform: 'Instagram',
    Relevance: 4,
    Resonance: 5,
    Reliability: 3,
    Stage: 'Negotiation',
    'Base fee': 500,
    Commission: 10,
  },
  {
    Producer: 'Cy Codes',
    Platform: 'TikTok',
    Relevance: 3,
    Resonance: '',
    Reliability: 4,
    Stage: 'Discovery',
  },
];
samples.forEach((sample, i) => {
  const row = new Array(header.length).fill('');
  for (const [name, value] of Object.entries(sample)) row[col(name)] = value;
  const event = emu.user.edit('Pipeline', `A${i + 2}:AA${i + 2}`, [row]);
  gas.onEdit(event);
});
table(
  emu.user
    .getValues('Pipeline', 'A1:AA4')
    .map((r) => [
      r[col('ID')],
      r[col('Producer')],
      r[col('Stage')],
      r[col('Score')],
      r[col('Payout')],
      r[col('Status')],
    ]),
);

heading('Validate all rows');
gas.validateAllRows();
console.log(`  toast: ${emu.ui.toasts.at(-1)?.message}`);
heading('Assess program maturity');
gas.assessProgramMaturity();
console.log(`  toast: ${emu.ui.toasts.at(-1)?.message}`);
table(
  emu.user
    .getValues('Maturity')
    .slice(5)
    .filter((r) => r[0] !== '')
    .map((r) => r.slice(0, 3)),
);

heading('Run monthly forecast');
gas.runMonthlyForecast();
console.log(`  toast: ${emu.ui.toasts.at(-1)?.message}`);
const forecastSheet = emu.user.getValues('Forecast');
const scenarioAt = forecastSheet.findIndex((r) => r[0] === 'Scenario');
table(forecastSheet.slice(scenarioAt, scenarioAt + 4).map((r) => r.slice(0, 7)));
const chart = emu.spreadsheet.getSheetByName('Forecast')!.getCharts()[0];
console.log(`  chart: "${chart.getOptions().get('title')}" over ${chart.getRanges()[0].getA1Notation()}`);

heading('Schedule monthly forecast');
gas.scheduleMonthlyForecast();
console.log(`  toast: ${emu.ui.toasts.at(-1)?.message}`);
console.log(
  `  triggers: ${JSON.stringify(emu.triggers.map((t) => ({ handler: t.handlerFunction, monthDay: t.monthDay, atHour: t.atHour, timeZone: t.timeZone })))}`,
);

console.log(`\n  Apps Script calls made by the add-on in this demo: ${emu.calls.total()}`);
