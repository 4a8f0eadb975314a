import { mapColumns } from '../../../src/core/lifecycle/pipeline';
import {
  assessMaturity,
  EMPTY_PIPELINE_MESSAGE,
  NO_STAGE_MESSAGE,
} from '../../../src/core/maturity/maturity';
import { byName, done, HEADERS, input, row } from './maturity-helpers';

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

  it('without a Stage column nothing can be measured, and it says so', () => {
    const headers = HEADERS.filter((h) => h !== 'Stage');
    const rows = [headers.map((h) => (h === 'Producer' ? 'Ana' : ''))];
    expect(assessMaturity({ ...input(rows), map: mapColumns(headers) })).toEqual({
      rated: false,
      message: NO_STAGE_MESSAGE,
    });
  });
});
