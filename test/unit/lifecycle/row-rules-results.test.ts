import { validateRow } from '../../../src/core/lifecycle/row-rules';

const NOW = Date.UTC(2026, 10, 28, 15);
const row = (stage: string, extra: Record<string, unknown> = {}) => ({
  producer: 'Ana',
  stage,
  relevance: 4,
  resonance: 4,
  reliability: 4,
  baseFee: 1000,
  contractSigned: true,
  startDate: new Date(Date.UTC(2026, 5, 1)),
  brief: 'b',
  usageRights: 'u',
  disclosure: true,
  utmLink: 'https://a.example/?utm_source=a&utm_medium=b&utm_campaign=c',
  attributedSales: 1,
  debriefDone: true,
  endDate: new Date(Date.UTC(2026, 10, 1)),
  lastCheckIn: new Date(Date.UTC(2026, 10, 25)),
  ...extra,
});
const warnings = (
  stage: string,
  latestMonth: string | undefined,
  extra: Record<string, unknown> = {},
  results = true,
) =>
  validateRow(row(stage, extra), { now: NOW, results: results ? { latestMonth } : undefined })
    .findings.filter((f) => f.severity === 'warning')
    .map((f) => f.message);

describe('results warnings', () => {
  it('counts from the first day after the latest month: 30 days is fine, 31 is not', () => {
    // 2026-10 ends on 2026-11-01; NOW is 27 days later.
    expect(warnings('Measurement', '2026-10')).toEqual([]);
    expect(warnings('Measurement', '2026-09')).toEqual(['no results since 2026-09 (58 days, over 30)']);
    expect(
      validateRow(row('Renewal'), {
        now: Date.UTC(2026, 11, 1, 12),
        results: { latestMonth: '2026-10' },
      }).findings.map((f) => f.message),
    ).toEqual([]);
    expect(
      validateRow(row('Renewal'), {
        now: Date.UTC(2026, 11, 2, 12),
        results: { latestMonth: '2026-10' },
      }).findings.map((f) => f.message),
    ).toEqual(['no results since 2026-10 (31 days, over 30)']);
  });

  it('only at Measurement and Renewal, and only where Results exists', () => {
    expect(warnings('Promotion', undefined)).toEqual([]);
    expect(warnings('Exit', undefined)).toEqual([]);
    expect(warnings('Measurement', undefined, {}, false)).toEqual([]);
    expect(warnings('Measurement', undefined)).toEqual([
      'no results imported (Import results), over 30 days',
    ]);
    expect(warnings('Measurement', undefined, { startDate: new Date(Date.UTC(2026, 10, 1)) })).toEqual([]);
  });

  it('a blank Debrief cell at Renewal or Exit, only when the column exists', () => {
    expect(warnings('Exit', '2026-11', { debrief: '' })).toEqual([
      'no debrief written (Write debrief) at Exit',
    ]);
    expect(warnings('Renewal', '2026-11', { debrief: 'Debrief P-0001' })).toEqual([]);
    expect(warnings('Measurement', '2026-11', { debrief: '' })).toEqual([]);
    expect(warnings('Exit', '2026-11')).toEqual([]);
  });
});
