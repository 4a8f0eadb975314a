import { mapColumns } from '../../../src/core/lifecycle/pipeline';
import { assessMaturity } from '../../../src/core/maturity/maturity';
import { byName, done, HEADERS, input } from './maturity-helpers';

describe('the maturity criteria', () => {
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

  it('a missing column is named, not counted as zero', () => {
    const headers = HEADERS.filter((h) => h !== 'Brief');
    const rows = [headers.map((h) => (h === 'Producer' ? 'Ana' : h === 'Stage' ? 'Promotion' : ''))];
    const a = assessMaturity({ ...input(rows), map: mapColumns(headers) });
    expect(byName(a).get('Briefs written')).toMatchObject({
      figure: 'no evidence: column "Brief" is missing',
      level: 'experimental',
    });
  });
});
