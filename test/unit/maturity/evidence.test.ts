// gatherEvidence: what the maturity criteria count, row by row. Each count covers only the
// partnerships past the stage where the item is due, and a missing column is reported, not counted.
import { mapColumns } from '../../../src/core/lifecycle/pipeline';
import { gatherEvidence } from '../../../src/core/maturity/evidence';
import { done, HEADERS, input, NOW, row } from './maturity-helpers';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const DAY_MS = 86_400_000;

describe('gatherEvidence', () => {
  it('counts each item only from the stage it is due: contract from Onboarding, brief from Co-creation, UTM from Promotion, KPI from Measurement, debrief from Renewal', () => {
    const e = gatherEvidence(
      input([
        done('Ana', 'Discovery'),
        done('Ben', 'Onboarding'),
        done('Cleo', 'Co-creation'),
        done('Dev', 'Promotion'),
        done('Eve', 'Measurement'),
        done('Fay', 'Renewal'),
      ]),
    );
    expect(e.rows).toBe(6);
    expect(e.contract).toEqual({ have: 5, of: 5 });
    expect(e.brief).toEqual({ have: 4, of: 4 });
    expect(e.utm).toEqual({ have: 3, of: 3 });
    expect(e.kpi).toEqual({ have: 2, of: 2 });
    expect(e.debrief).toEqual({ have: 1, of: 1 });
    expect(e.missing.size).toBe(0);
  });

  it('an item that is absent, not a tick, or an invalid link is counted as missing, not as evidence', () => {
    const e = gatherEvidence(
      input([
        done('Ana', 'Renewal', { 'Contract signed': false, Brief: '', 'Debrief done': 'maybe' }),
        done('Ben', 'Renewal', { 'UTM link': 'https://shop.example.com/' }),
        done('Cleo', 'Renewal', { 'UTM link': 'not a link', 'Attributed sales': 'lots' }),
        done('Dev', 'Renewal', { 'Attributed sales': -5 }),
      ]),
    );
    expect(e.contract).toEqual({ have: 3, of: 4 });
    expect(e.brief).toEqual({ have: 3, of: 4 });
    expect(e.debrief).toEqual({ have: 3, of: 4 });
    expect(e.utm).toEqual({ have: 2, of: 4 });
    expect(e.kpi).toEqual({ have: 2, of: 4 });
  });

  it('skips blank rows and rows without a known stage from every count, but counts the latter as rows', () => {
    const e = gatherEvidence(input([row({}), done('Ana', 'Someday'), done('Ben', 'Renewal')]));
    expect(e.rows).toBe(2);
    expect(e.contract).toEqual({ have: 1, of: 1 });
  });

  it('a renewed producer is one in Renewal or with a second contracted partnership; a cycled one has reached Measurement', () => {
    const e = gatherEvidence(
      input([
        done('Ana', 'Renewal'),
        done('Ben', 'Onboarding'),
        done(' ben ', 'Promotion'), // the same producer: case and spaces ignored
        done('Cleo', 'Measurement'),
        done('Dev', 'Promotion'),
        done('Eve', 'Discovery'),
        done('Eve', 'Discovery'), // not contracted: no renewal
      ]),
    );
    expect(e.renewedProducers).toBe(2); // Ana, Ben
    expect(e.cycledProducers).toBe(3); // Ana, Ben, Cleo
  });

  it('partnership length: start to end (or to now when still running), from Onboarding, never negative', () => {
    const e = gatherEvidence(
      input([
        done('Ana', 'Renewal', { 'Start date': day('2026-01-01'), 'End date': day('2026-01-31') }),
        done('Ben', 'Promotion', { 'Start date': day('2026-11-18'), 'End date': '' }),
        done('Cleo', 'Renewal', { 'Start date': day('2026-05-01'), 'End date': day('2026-04-01') }),
        done('Dev', 'Discovery', { 'Start date': day('2020-01-01') }),
        done('Eve', 'Renewal', { 'Start date': 'soon' }),
      ]),
    );
    expect(e.lengthDays.count).toBe(2);
    expect(e.lengthDays.sum).toBeCloseTo(30 + (NOW - day('2026-11-18').getTime()) / DAY_MS, 10);
  });

  it('concentration from valid sales of rows with a producer; none without sales', () => {
    const e = gatherEvidence(
      input([
        done('Ana', 'Measurement', { 'Attributed sales': 300 }),
        done('ana', 'Renewal', { 'Attributed sales': 300 }),
        done('Ben', 'Measurement', { 'Attributed sales': 400 }),
        done('', 'Measurement', { 'Attributed sales': 1000 }),
        done('Cleo', 'Measurement', { 'Attributed sales': 'lots' }),
      ]),
    );
    expect(e.concentration?.total).toBe(1000);
    expect(e.concentration?.producers.map((p) => [p.name, p.share])).toEqual([
      ['Ana', 0.6],
      ['Ben', 0.4],
    ]);
    expect(e.concentration?.hhi).toBeCloseTo(5200, 9);
    expect(
      gatherEvidence(input([done('Ana', 'Measurement', { 'Attributed sales': '' })])).concentration,
    ).toBe(undefined);
  });

  it('a missing column is named and its item not counted', () => {
    const headers = HEADERS.filter((h) => h !== 'Brief' && h !== 'UTM link');
    const rows = [done('Ana', 'Renewal')].map((cells) =>
      cells.filter((_, i) => headers.includes(HEADERS[i])),
    );
    const e = gatherEvidence({ ...input(rows), map: mapColumns(headers) });
    expect([...e.missing].sort()).toEqual(['brief', 'utmLink']);
    expect(e.brief).toEqual({ have: 0, of: 0 });
    expect(e.utm).toEqual({ have: 0, of: 0 });
    expect(e.contract).toEqual({ have: 1, of: 1 });
  });
});
