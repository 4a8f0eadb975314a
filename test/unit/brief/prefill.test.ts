import { briefPrefill } from '../../../src/core/brief/prefill';

describe('pre-fill from a Pipeline row', () => {
  it('takes what fits and leaves the rest blank', () => {
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    expect(
      briefPrefill(
        {
          producer: ' Ana ',
          platform: 'youtube',
          baseFee: 1200,
          commission: 0.07,
          startDate: new Date('2026-12-01T00:00:00Z'),
          endDate: 'soon',
          exclusivity: 'Platform',
          revisionRounds: 3,
        },
        iso,
      ),
    ).toEqual({
      producer: 'Ana',
      platform: 'YouTube',
      baseFee: '1200',
      commissionRate: '7',
      startDate: '2026-12-01',
      reviewRounds: '3',
    });
  });
});
