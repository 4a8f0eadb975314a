// lifecycle_status against the Status that "Validate all rows" of the built add-on writes, on the
// same 10,000 seeded random Pipeline rows, loaded into "BigQuery" as TO_JSON would give them:
// column names as bq load spells them (Last_check_in), blank cells as NULL, dates as "2026-01-15".
import { STAGES } from '../../src/core/lifecycle/pipeline';
import { type Addon, freshAddon } from '../integration/harness';
import { header, letter, NOW, rowValues } from '../integration/pipeline-helpers';
import { writeResults } from '../integration/results-helpers';
import { random, thrown, udf } from './helpers';

const ROWS = 10_000;
const status = udf('lifecycle_status');

/** The column name a `bq load` of the sheet gives a header. */
const columnName = (header: string): string => header.replace(/[^A-Za-z0-9]/g, '_');

/** A sheet row as TO_JSON(row) of the loaded table gives it. */
function asJson(names: string[], cells: unknown[]): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  names.forEach((name, i) => {
    const value = cells[i];
    json[columnName(name)] =
      value === '' || value === undefined
        ? null
        : Object.prototype.toString.call(value) === '[object Date]'
          ? (value as Date).toISOString().slice(0, 10)
          : value;
  });
  return json;
}

function randomRecord(r: ReturnType<typeof random>): Record<string, unknown> {
  if (r.chance(0.02)) return {};
  const maybe = <T>(p: number, make: () => T): T | '' => (r.chance(p) ? make() : '');
  const date = (from: number, to: number) => new Date(NOW.getTime() - r.int(from, to) * 86_400_000);
  const rubric = () => maybe(0.9, () => (r.chance(0.03) ? r.pick([7, -1, 'high']) : r.amount(0, 5, 1)));
  const stage = r.chance(0.85)
    ? r.pick(STAGES)
    : r.pick(['', 'Paused', 'promotion', ' Co-creation ', 'exit']);
  return {
    Producer: maybe(0.92, () => `${r.pick(['', ' '])}Producer ${r.int(1, 300)}`),
    Platform: maybe(0.7, () => r.pick(['YouTube', 'TikTok', 'Podcast'])),
    'Audience size': maybe(0.7, () => (r.chance(0.03) ? r.pick([-5, 'big']) : r.int(0, 2_000_000))),
    Relevance: rubric(),
    Resonance: rubric(),
    Reliability: rubric(),
    Stage: stage,
    Owner: maybe(0.5, () => 'Sam'),
    'Start date': maybe(0.8, () => (r.chance(0.03) ? 'next week' : date(30, 400))),
    'End date': maybe(0.3, () => date(-200, 300)),
    'Base fee': maybe(0.7, () => (r.chance(0.03) ? -100 : r.amount(0, 5000))),
    Commission: maybe(0.7, () => (r.chance(0.04) ? r.pick([10, 1.5, -0.1, 'ten']) : r.amount(0, 0.3, 3))),
    'Attributed sales': maybe(0.7, () => (r.chance(0.03) ? r.pick([-1, 'lots']) : r.amount(0, 50000))),
    'Contract signed': r.chance(0.95) ? r.chance(0.8) : r.pick(['', 'yes', 'maybe']),
    Brief: maybe(0.6, () => 'Launch brief'),
    'Usage rights': maybe(0.6, () => 'Organic'),
    Exclusivity: maybe(0.3, () => 'None'),
    'Revision rounds': maybe(0.7, () => (r.chance(0.05) ? r.pick([2.5, -1]) : r.int(0, 4))),
    Disclosure: r.chance(0.85),
    'UTM link': maybe(0.7, () =>
      r.pick([
        'https://shop.example.com/p?utm_source=yt&utm_medium=video&utm_campaign=spring',
        'https://shop.example.com/p?utm_source=yt&utm_medium=video',
        'shop.example.com',
      ]),
    ),
    'Last check-in': maybe(0.8, () => date(0, 60)),
    'Debrief done': r.chance(0.5),
    Debrief: maybe(0.5, () => r.pick(['Debrief P-0001', 'https://docs.example.com/debrief'])),
    Caption: maybe(0.6, () =>
      r.pick([
        '#ad Loving this serum',
        'Loving this serum, thanks Acme! sp',
        `${'Morning routine, calm skin all day. '.repeat(5)}#ad`,
        'Paid partnership with Acme',
        '#skincare #glow #ad #routine #selfcare',
        'Loving this serum #AcmePartner',
      ]),
    ),
    Brand: maybe(0.5, () => r.pick(['Acme', 'Acme Co.', '!!!'])),
  };
}

/** Each producer's share of all valid attributed sales, as a window SUM in SQL would give it. */
function shares(names: string[], rows: unknown[][]): Map<string, number> {
  const producer = names.indexOf('Producer');
  const sales = names.indexOf('Attributed sales');
  const byProducer = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    const value = row[sales];
    const key = String(row[producer]).trim().toLowerCase();
    if (key === '' || typeof value !== 'number' || value < 0) continue;
    total += value;
    byProducer.set(key, (byProducer.get(key) ?? 0) + value);
  }
  return new Map([...byProducer].map(([key, sum]) => [key, sum / total]));
}

function pipeline(addon: Addon, names: string[]): unknown[][] {
  return addon.emu.user.getValues('Pipeline', `A2:${letter(names.length)}${ROWS + 1}`);
}

/** Rows whose Status differs between the sheet and the function (at most five, for the message). */
function compare(
  names: string[],
  rows: unknown[][],
  previous: (row: number) => string | null,
  latest?: ReadonlyMap<string, string>,
) {
  const statusColumn = names.indexOf('Status');
  const idColumn = names.indexOf('ID');
  const share = shares(names, rows);
  const producer = names.indexOf('Producer');
  const differences: unknown[] = [];
  const statuses: (string | null)[] = [];
  rows.forEach((cells, i) => {
    const expected = cells[statusColumn] === '' ? null : cells[statusColumn];
    // A join with the results table puts the latest month in the row (NULL: none yet).
    const json = asJson(names, cells);
    if (latest) json.Latest_result_month = latest.get(String(cells[idColumn])) ?? null;
    const actual = status.call({
      row: json,
      now: NOW,
      previous_stage: previous(i),
      over_reliance_share: share.get(String(cells[producer]).trim().toLowerCase()) ?? null,
    }) as string | null;
    statuses.push(actual);
    if (actual !== expected && differences.length < 5) differences.push({ row: i + 2, expected, actual });
  });
  return { differences, statuses };
}

describe('lifecycle_status equals the Pipeline validation', () => {
  it('on 10,000 random rows, twice: then with the stage each row was last validated at', () => {
    const addon = freshAddon();
    addon.emu.setNow(NOW);
    addon.gas.setUpWorkbook();
    // Score and Payout are recalculated by Sheets, not by the validation: leave them out.
    addon.emu.formulaEvaluator = undefined;
    // The optional Caption, Brand and Debrief columns: disclosure findings are warnings from
    // Promotion on, a blank Debrief at Renewal and Exit is a warning.
    const width = header(addon).length;
    addon.emu.user.setValues('Pipeline', `${letter(width + 1)}1:${letter(width + 3)}1`, [
      ['Caption', 'Brand', 'Debrief'],
    ]);
    const names = header(addon);
    expect(names).toContain('Caption');
    expect(names).toContain('Brand');
    expect(names).toContain('Debrief');
    const r = random(78);
    // Results for most IDs (the first run hands out P-0001 on): views only, so over-reliance still
    // reads the Pipeline's Attributed sales, as the shares below do.
    const months = ['2026-06', '2026-08', '2026-09', '2026-10', '2026-11'];
    const results = Array.from({ length: ROWS }, (_, i) => i)
      .filter(() => r.chance(0.7))
      .flatMap((i) =>
        Array.from({ length: r.int(1, 2) }, () => ({
          id: `P-${String(i + 1).padStart(4, '0')}`,
          month: r.pick(months),
          source: r.pick(['YouTube', 'TikTok']),
          views: r.int(0, 9000),
        })),
      );
    writeResults(addon, results);
    const latest = new Map<string, string>();
    for (const row of results) if ((latest.get(row.id) ?? '') < row.month) latest.set(row.id, row.month);
    addon.emu.user.setValues(
      'Pipeline',
      'A2',
      Array.from({ length: ROWS }, () => rowValues(names, randomRecord(r))),
    );
    addon.gas.validateAllRows();
    const first = pipeline(addon, names);
    const run1 = compare(names, first, () => null, latest);
    expect(run1.differences).toEqual([]);

    // Move every row to a random stage; rows validated at a stage before now remember it by ID.
    const stageColumn = names.indexOf('Stage');
    const idColumn = names.indexOf('ID');
    const stages = first.map(() => [r.pick(STAGES)]);
    const at = letter(stageColumn + 1);
    addon.emu.user.setValues('Pipeline', `${at}2:${at}${ROWS + 1}`, stages);
    addon.gas.validateAllRows();
    const second = pipeline(addon, names);
    const recorded = (i: number): string | null => {
      const stage = STAGES.find(
        (s) => s.toLowerCase() === String(first[i][stageColumn]).trim().toLowerCase(),
      );
      return stage && first[i][idColumn] !== '' && run1.statuses[i] !== null ? stage : null;
    };
    const run2 = compare(names, second, recorded, latest);
    expect(run2.differences).toEqual([]);

    const all = [...run1.statuses, ...run2.statuses];
    expect(all.filter((s) => s === 'OK').length).toBeGreaterThan(50);
    expect(all.filter((s) => s === null).length).toBeGreaterThan(100);
    expect(all.filter((s) => s?.includes('skipped')).length).toBeGreaterThan(1000);
    expect(all.filter((s) => s?.includes('must be a date')).length).toBeGreaterThan(50);
    expect(all.filter((s) => s?.includes('last check-in')).length).toBeGreaterThan(100);
    expect(all.filter((s) => s?.includes('Caption ')).length).toBeGreaterThan(100);
    expect(all.filter((s) => s?.includes('Brand must contain')).length).toBeGreaterThan(10);
    expect(all.filter((s) => s?.includes('no results since 2026-09')).length).toBeGreaterThan(50);
    expect(all.filter((s) => s?.includes('no results imported')).length).toBeGreaterThan(50);
    expect(all.filter((s) => s?.includes('no debrief written')).length).toBeGreaterThan(50);
  });

  it('the latest result month from the row: absent gives no warning, NULL none yet, a month or DATE its age', () => {
    const now = new Date('2026-11-28T00:00:00Z');
    const row = {
      Producer: 'Ana',
      Stage: 'Measurement',
      Relevance: 4,
      Resonance: 4,
      Reliability: 4,
      Start_date: '2026-06-01',
    };
    const call = (extra: Record<string, unknown>) =>
      status.call({
        row: { ...row, ...extra },
        now,
        previous_stage: null,
        over_reliance_share: null,
      }) as string;
    expect(call({})).not.toContain('results');
    expect(call({ Latest_result_month: null })).toContain(
      'no results imported (Import results), over 30 days',
    );
    expect(call({ latestResultMonth: '2026-10' })).not.toContain('results');
    expect(call({ 'Latest result month': '2026-09' })).toContain(
      'no results since 2026-09 (58 days, over 30)',
    );
    expect(call({ Latest_result_month: '2026-09-01' })).toContain(
      'no results since 2026-09 (58 days, over 30)',
    );
    expect(thrown(() => call({ Latest_result_month: 'September' }))).toBe(
      'LIFECYCLE_STATUS: Latest_result_month must be a month like "2026-10" or a DATE (got "September")',
    );
  });

  it('warns about over-reliance from the share given, as Validate all rows does', () => {
    const addon = freshAddon();
    addon.emu.setNow(NOW);
    addon.gas.setUpWorkbook();
    addon.emu.formulaEvaluator = undefined;
    const names = header(addon);
    const row = (producer: string, sales: number) =>
      rowValues(names, { Producer: producer, Stage: 'Discovery', 'Attributed sales': sales });
    addon.emu.user.setValues('Pipeline', 'A2', [row('Ana', 9000), row(' ana ', 2000), row('Bo', 1000)]);
    addon.gas.validateAllRows();
    const rows = addon.emu.user.getValues('Pipeline', `A2:${letter(names.length)}4`);
    const { differences, statuses } = compare(names, rows.concat(), () => null);
    expect(differences).toEqual([]);
    expect(statuses).toEqual([
      '1 warning: producer holds 92% of attributed sales (over-reliance)',
      '1 warning: producer holds 92% of attributed sales (over-reliance)',
      'OK',
    ]);
  });

  it('reads column names however the load spelt them, and ignores a Status column', () => {
    const now = new Date('2026-11-28T00:00:00Z');
    const call = (row: Record<string, unknown>) =>
      status.call({ row, now, previous_stage: null, over_reliance_share: null });
    const base = { ID: 'P-0001', producer: 'Ana', Stage: 'Discovery', Status: 'stale text' };
    const spellings = [
      { 'Audience size': 1, 'Last check-in': null, startDate: null },
      { Audience_size: 1, Last_check_in: null, start_date: null },
      { audienceSize: 1, lastCheckIn: null, START_DATE: null },
    ];
    const results = spellings.map((names) => call({ ...base, ...names }));
    expect(new Set(results).size).toBe(1);
    expect(results[0]).toMatch(/^\d+ errors: column "Relevance" is missing/);
    expect(results[0]).not.toContain('"Audience size"');
    expect(results[0]).not.toContain('"Last check-in"');
  });

  it('dates as TO_JSON writes DATE, DATETIME and TIMESTAMP; other text is named', () => {
    const now = new Date('2026-11-28T00:00:00Z');
    const end = (value: unknown) =>
      status.call({
        row: { Producer: 'Ana', Stage: 'Discovery', Start_date: '2026-03-01', End_date: value },
        now,
        previous_stage: null,
        over_reliance_share: null,
      }) as string;
    for (const value of [
      '2026-02-01',
      '2026-02-01T10:00:00',
      '2026-02-01T10:00:00Z',
      '2026-02-01 10:00:00+01:00',
    ]) {
      expect(end(value)).toContain('End date 2026-02-01 is before Start date 2026-03-01');
    }
    expect(end('1/2/2026')).toContain('End date must be a date (got "1/2/2026")');
    expect(end('2026-02-30')).toContain('End date must be a date (got "2026-02-30")');
  });

  it('a row that is not a JSON object, a missing now or an unknown previous stage fails the query', () => {
    const row = { Producer: 'Ana', Stage: 'Discovery' };
    const now = new Date();
    expect(
      thrown(() => status.call({ row: [1], now, previous_stage: null, over_reliance_share: null })),
    ).toMatch(/^LIFECYCLE_STATUS: row must be a JSON object/);
    expect(
      thrown(() => status.call({ row, now: null, previous_stage: null, over_reliance_share: null })),
    ).toBe('LIFECYCLE_STATUS: now is required, e.g. CURRENT_TIMESTAMP()');
    expect(
      thrown(() => status.call({ row, now, previous_stage: 'Paused', over_reliance_share: null })),
    ).toMatch(/^LIFECYCLE_STATUS: previous_stage "Paused" is not one of Discovery/);
    expect(status.call({ row: null, now, previous_stage: null, over_reliance_share: null })).toBeNull();
  });
});
