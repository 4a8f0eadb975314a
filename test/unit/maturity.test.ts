import {
  assessMaturity,
  EMPTY_PIPELINE_MESSAGE,
  MATURITY_HEIGHT,
  MATURITY_WIDTH,
  type MaturityInput,
  maturitySheetValues,
  NO_STAGE_MESSAGE,
} from '../../src/core/maturity';
import { mapColumns, PIPELINE_COLUMNS } from '../../src/core/pipeline';

const HEADERS = Object.values(PIPELINE_COLUMNS) as string[];
const NOW = Date.UTC(2026, 10, 28);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const UTM = 'https://shop.example.com/?utm_source=a&utm_medium=b&utm_campaign=c';

function row(record: Record<string, unknown>): unknown[] {
  return HEADERS.map((h) => record[h] ?? '');
}

/** A partnership complete up to its stage. */
function done(producer: string, stage: string, extra: Record<string, unknown> = {}) {
  return row({
    Producer: producer,
    Stage: stage,
    'Contract signed': true,
    Brief: 'brief',
    'UTM link': UTM,
    'Debrief done': true,
    'Attributed sales': 1000,
    'Start date': day('2026-01-01'),
    'End date': day('2026-09-01'),
    ...extra,
  });
}

function input(rows: unknown[][], extra: Partial<MaturityInput> = {}): MaturityInput {
  return {
    rows,
    map: mapColumns(HEADERS),
    now: NOW,
    forecast: { scheduled: true, everRun: true },
    actualRows: 12,
    ...extra,
  };
}

const byName = (a: ReturnType<typeof assessMaturity>) => {
  if (!a.rated) throw new Error('not rated');
  return new Map(a.criteria.map((c) => [c.name, c]));
};

describe('assessMaturity', () => {
  it('an empty Pipeline is not rated, and says so', () => {
    const blankRow = row({ 'Contract signed': false, Disclosure: false });
    expect(assessMaturity(input([]))).toEqual({ rated: false, message: EMPTY_PIPELINE_MESSAGE });
    expect(assessMaturity(input([blankRow, blankRow]))).toEqual({
      rated: false,
      message: EMPTY_PIPELINE_MESSAGE,
    });
  });

  it('a complete, renewed, diversified program with a scheduled forecast and actuals is strategic', () => {
    const rows = ['Ana', 'Ben', 'Cleo', 'Dee', 'Eve', 'Fay', 'Gus', 'Hal'].flatMap((p) => [
      done(p, 'Exit'),
      done(p, 'Renewal', { 'End date': '' }),
    ]);
    const a = assessMaturity(input(rows));
    expect(a).toMatchObject({ rated: true, overall: 'strategic', heldBackBy: [], rows: 16 });
    const c = byName(a);
    expect(c.get('Contracts signed')).toMatchObject({
      figure: '100% (16 of 16 from Onboarding)',
      level: 'strategic',
    });
    expect(c.get('Producers renewed')).toMatchObject({
      figure: '100% (8 of 8 producers past Measurement or renewed)',
      level: 'strategic',
    });
    expect(c.get('Producer concentration')).toMatchObject({
      figure: 'HHI 1,250, diversified (top: Ana, 13%)',
      level: 'strategic',
    });
    // Exit rows run Jan 1 to Sep 1 (243 days); Renewal rows run to today, Nov 28 (331 days): 287 days on average.
    expect(c.get('Average partnership length')!.figure).toBe(
      '9.4 months (16 partnerships, to End date or today)',
    );
  });

  it('the overall level is the lowest criterion, and names every criterion at it', () => {
    const rows = [
      done('Ana', 'Measurement'),
      done('Ana', 'Promotion', { 'UTM link': '' }),
      done('Ben', 'Promotion', { 'Contract signed': false }),
      done('Cleo', 'Co-creation'),
      done('Dee', 'Discovery'),
    ];
    const a = assessMaturity(input(rows, { forecast: { scheduled: false, everRun: true }, actualRows: 2 }));
    const c = byName(a);
    expect(c.get('Contracts signed')).toMatchObject({
      figure: '75% (3 of 4 from Onboarding)',
      level: 'experimental',
    });
    expect(c.get('UTM links')).toMatchObject({
      figure: '67% (2 of 3 from Promotion)',
      level: 'experimental',
    });
    expect(c.get('Debriefs done')).toMatchObject({
      figure: 'no partnerships at Renewal or Exit yet',
      level: 'experimental',
    });
    expect(c.get('Monthly forecast')).toMatchObject({
      figure: 'run by hand, not scheduled',
      level: 'operational',
    });
    expect(c.get('Actuals kept')).toMatchObject({ figure: '2 months of actuals', level: 'operational' });
    expect(a).toMatchObject({ rated: true, overall: 'experimental' });
    if (!a.rated) return;
    expect(a.heldBackBy).toEqual(a.criteria.filter((x) => x.level === 'experimental').map((x) => x.name));
    expect(a.heldBackBy).toContain('Contracts signed');
    expect(a.heldBackBy).not.toContain('Monthly forecast');
    // Each criterion's next step is the guide's step for its own level.
    expect(c.get('Contracts signed')!.nextStep).toMatch(/^Sign a contract/);
    expect(c.get('Monthly forecast')!.nextStep).toMatch(/^Schedule the monthly forecast/);
  });

  it('concentration uses the shared core: one producer with most sales is concentrated', () => {
    const rows = [
      done('Ana', 'Measurement', { 'Attributed sales': 9000 }),
      done(' ana ', 'Measurement', { 'Attributed sales': 1000 }),
      done('Ben', 'Measurement', { 'Attributed sales': 'lots' }),
      done('Cleo', 'Measurement', { 'Attributed sales': 10000 }),
    ];
    const c = byName(assessMaturity(input(rows)));
    expect(c.get('Producer concentration')).toMatchObject({
      figure: 'HHI 5,000, concentrated (top: Ana, 50%)',
      level: 'experimental',
    });
    expect(c.get('KPIs recorded (attributed sales)')).toMatchObject({
      figure: '75% (3 of 4 from Measurement)',
    });
  });

  it('a second contracted partnership with a producer counts as a renewal', () => {
    const rows = [
      done('Ana', 'Exit'),
      done('Ana', 'Onboarding'),
      done('Ben', 'Exit'),
      done('Cleo', 'Exit'),
      done('Dee', 'Promotion'),
    ];
    const c = byName(assessMaturity(input(rows)));
    expect(c.get('Producers renewed')!.figure).toBe('33% (1 of 3 producers past Measurement or renewed)');
  });

  it('without a Stage column nothing can be measured, and it says so', () => {
    const headers = HEADERS.filter((h) => h !== 'Stage');
    const rows = [headers.map((h) => (h === 'Producer' ? 'Ana' : ''))];
    expect(assessMaturity({ ...input(rows), map: mapColumns(headers) })).toEqual({
      rated: false,
      message: NO_STAGE_MESSAGE,
    });
  });

  it('a missing column is named, not counted as zero', () => {
    const headers = HEADERS.filter((h) => h !== 'Brief');
    const rows = [headers.map((h) => (h === 'Producer' ? 'Ana' : h === 'Stage' ? 'Promotion' : ''))];
    const a = assessMaturity({ ...input(rows), map: mapColumns(headers) });
    expect(byName(a).get('Briefs written')).toMatchObject({
      figure: 'no evidence: column "Brief" is missing',
      level: 'experimental',
    });
  });

  it('the sheet block always has the same size, so a re-run leaves nothing stale', () => {
    const at = new Date(NOW);
    const rated = maturitySheetValues(assessMaturity(input([done('Ana', 'Exit')])), at);
    const empty = maturitySheetValues(assessMaturity(input([])), at);
    for (const block of [rated, empty]) {
      expect(block).toHaveLength(MATURITY_HEIGHT);
      for (const r of block) expect(r).toHaveLength(MATURITY_WIDTH);
    }
    expect(rated[0]).toEqual(['Program maturity', 'experimental', '', '', '']);
    expect(rated[5]).toEqual(['Criterion', 'Figure', 'Level', 'Thresholds', 'Next step']);
    expect(empty.slice(0, 2).map((r) => r.slice(0, 2))).toEqual([
      ['Program maturity', 'not rated'],
      ['', EMPTY_PIPELINE_MESSAGE],
    ]);
  });
});
