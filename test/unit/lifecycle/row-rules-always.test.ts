import { completeRow, messages } from './row-rules-helpers';

describe('rules that always apply', () => {
  it('names bad values', () => {
    const row = {
      ...completeRow('Discovery'),
      relevance: 7,
      commission: 10,
      baseFee: -1,
      audienceSize: 'huge',
      revisionRounds: 1.5,
      startDate: new Date(Date.UTC(2026, 5, 1)),
      endDate: new Date(Date.UTC(2026, 0, 1)),
      utmLink: 'https://x.example/?utm_source=a',
    };
    expect(messages(row)).toEqual([
      'error: Relevance must be between 0 and 5 (got 7)',
      'error: Commission 10 is over 100%: did you mean 10%?',
      'error: Base fee must be 0 or more (got -1)',
      'error: Audience size must be a number (got "huge")',
      'error: Revision rounds must be a whole number of 0 or more (got 1.5)',
      'error: End date 2026-01-01 is before Start date 2026-06-01',
      'error: UTM link is missing utm_medium, utm_campaign',
    ]);
  });

  it('producer and stage are required, stage is matched loosely', () => {
    expect(messages({ ...completeRow('Discovery'), producer: '' })).toEqual(['error: Producer missing']);
    expect(messages({ ...completeRow('Discovery'), stage: '' })).toEqual(['error: Stage missing']);
    expect(messages({ ...completeRow('Discovery'), stage: 'Pitching' })[0]).toBe(
      'error: Stage "Pitching" is not one of Discovery, Negotiation, Onboarding, Co-creation, Promotion, Measurement, Renewal, Exit',
    );
    expect(messages({ ...completeRow('Co-creation'), stage: ' co-CREATION ' })).toEqual([]);
  });

  it('text in a date column is an error, not a silent blank', () => {
    expect(messages({ ...completeRow('Promotion'), lastCheckIn: 'last week' })).toEqual([
      'error: Last check-in must be a date (got "last week")',
    ]);
  });
});
