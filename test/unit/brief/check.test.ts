import fc from 'fast-check';
import {
  briefUtmLink,
  checkBrief,
  parseIsoDate,
  parsePercent,
  payoutPreview,
  suggestedMidReview,
} from '../../../src/core/brief/check';
import { newDraft } from '../../../src/core/brief/draft';
import { BRIEF_FIELDS } from '../../../src/core/brief/sections';
import { payoutFromCells } from '../../../src/core/payout/payout';
import { completeDraft } from '../../integration/brief-helpers';

const fields = (draft = completeDraft(), id = 'P-0001') => checkBrief(draft, id).map((e) => e.field);
const withValues = (values: Record<string, string>) => completeDraft(newDraft(), values);

describe('checkBrief', () => {
  it('accepts a complete brief', () => {
    expect(checkBrief(completeDraft(), 'P-0001')).toEqual([]);
  });

  it('names every missing required field by its label', () => {
    const errors = checkBrief(newDraft(), 'P-0001');
    const required = BRIEF_FIELDS.filter((f) => f.required && !f.initial).map((f) => f.key);
    for (const key of required) {
      const label = BRIEF_FIELDS.find((f) => f.key === key)!.label;
      expect(errors).toContainEqual({ field: key, message: `${label} is required` });
    }
    expect(errors.map((e) => e.field)).toEqual(expect.arrayContaining(['deliverables', 'baseFee']));
  });

  it('checks each kind: dates, amounts, percentages, whole numbers, URLs, options', () => {
    const bad = withValues({
      kickoffDate: '2026-02-30',
      baseFee: '-5',
      commissionRate: '150',
      turnaroundDays: '2.5',
      landingUrl: 'shop.example.com',
      term: 'Forever',
    });
    expect(fields(bad)).toEqual(
      expect.arrayContaining([
        'kickoffDate',
        'baseFee',
        'commissionRate',
        'turnaroundDays',
        'landingUrl',
        'term',
      ]),
    );
  });

  it('asks to confirm more than 2 review rounds', () => {
    expect(fields(withValues({ reviewRounds: '3' }))).toContain('extraRoundsConfirmed');
    expect(fields(withValues({ reviewRounds: '3', extraRoundsConfirmed: 'yes' }))).toEqual([]);
    expect(fields(withValues({ reviewRounds: '2' }))).toEqual([]);
  });

  it('keeps dates in order and needs a base fee or a commission, and both halves of a bonus', () => {
    expect(fields(withValues({ launchDate: '2026-11-30' }))).toContain('launchDate');
    expect(fields(withValues({ endDate: '2026-11-01' }))).toContain('endDate');
    expect(fields(withValues({ baseFee: '', commissionRate: '' }))).toContain('baseFee');
    expect(fields(withValues({ baseFee: '', commissionRate: '10' }))).toEqual([]);
    expect(fields(withValues({ bonusThreshold: '20000' }))).toContain('bonusAmount');
  });

  it('needs a target for a leading and a lagging indicator', () => {
    const none = withValues({ targetReach: '', targetAttributedSales: '' });
    expect(fields(none)).toEqual(expect.arrayContaining(['targetContentOutput', 'targetAttributedSales']));
  });

  it('checks the tier table with the payout core', () => {
    const tiers = (rows: { from: string; rate: string }[]) => ({
      ...withValues({ commissionKind: 'Tiers', commissionRate: '' }),
      tiers: rows,
    });
    expect(fields(tiers([]))).toContain('tiers');
    expect(
      checkBrief(
        tiers([
          { from: '0', rate: '10' },
          { from: '0', rate: '15' },
        ]),
        'P-1',
      ),
    ).toContainEqual({
      field: 'tiers',
      message: 'Commission tier table sales_from must be strictly ascending (row 2: 0 after 0)',
    });
  });

  it('reports deliverable cells by row and column', () => {
    const draft = {
      ...completeDraft(),
      deliverables: [
        {
          item: '',
          platform: 'TikTok',
          format: '',
          count: 'two',
          draftDate: '2026-12-10',
          goLiveDate: '2026-12-01',
        },
      ],
    };
    expect(fields(draft)).toEqual([
      'deliverables.0.item',
      'deliverables.0.count',
      'deliverables.0.goLiveDate',
    ]);
  });

  it('limits text length so a cell and a kept draft stay within their limits', () => {
    expect(fields(withValues({ message2: 'x'.repeat(301), dos: 'y'.repeat(2000) }))).toEqual(['message2']);
  });
});

describe('payoutPreview', () => {
  it('is what HYBRID_PAYOUT computes for the same terms', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 1000000 }),
        fc.option(fc.integer({ min: 0, max: 50000 }), { nil: undefined }),
        (base, percent, sales, cap) => {
          const draft = withValues({
            baseFee: String(base),
            commissionRate: String(percent),
            expectedSales: String(sales),
            cap: cap === undefined ? '' : String(cap),
          });
          const expected = payoutFromCells(base, percent / 100, sales, undefined, undefined, undefined, cap);
          expect(payoutPreview(draft)).toBe(expected);
        },
      ),
    );
  });

  it('applies tiers, bonus and cap: the README examples', () => {
    const tiers = {
      ...withValues({ baseFee: '1000', commissionKind: 'Tiers', expectedSales: '25000' }),
      tiers: [
        { from: '0', rate: '10%' },
        { from: '10,000', rate: '15' },
      ],
    };
    expect(payoutPreview(tiers)).toBeCloseTo(4250, 9);
    const capped = withValues({
      baseFee: '1000',
      commissionRate: '10',
      expectedSales: '25000',
      bonusThreshold: '20000',
      bonusAmount: '500',
      cap: '2000',
    });
    expect(payoutPreview(capped)).toBe(3000);
    expect(payoutPreview(withValues({ baseFee: '', commissionRate: '' }))).toBeUndefined();
  });
});

describe('parsers', () => {
  it('read dates and percentages as people type them, in linear time on long input', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate('2027-02-29')).toBeUndefined();
    expect([parsePercent('10'), parsePercent('10%'), parsePercent('101')]).toEqual([0.1, 0.1, undefined]);
    const long = `${'1'.repeat(50000)}x`;
    const start = performance.now();
    expect(parsePercent(long)).toBeUndefined();
    expect(parseIsoDate(long)).toBeUndefined();
    expect(
      checkBrief(withValues({ landingUrl: `https://${'a'.repeat(50000)} ` }), 'P-1').length,
    ).toBeGreaterThan(0);
    // A guard against super-linear patterns (a quadratic one takes seconds here), not a speed test.
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('briefUtmLink', () => {
  it('uses platform as source, creator as medium, the campaign or the ID', () => {
    const draft = withValues({ landingUrl: 'https://a.example/p?ref=1#top' });
    expect(briefUtmLink(draft, 'P-0001')).toBe(
      'https://a.example/p?ref=1&utm_source=YouTube&utm_medium=creator&utm_campaign=P-0001&utm_content=Ana%20Lopez#top',
    );
    expect(briefUtmLink(withValues({ utmCampaign: 'Spring Launch' }), 'P-1')).toContain(
      'utm_campaign=Spring%20Launch',
    );
  });
});

describe('mid-campaign review', () => {
  it('is suggested halfway between launch and end when none was chosen', () => {
    expect(
      suggestedMidReview(withValues({ midReviewDate: '', launchDate: '2026-12-15', endDate: '2027-02-28' })),
    ).toBe('2027-01-21');
    expect(suggestedMidReview(withValues({ midReviewDate: '2027-01-10' }))).toBeUndefined();
    expect(suggestedMidReview(withValues({ midReviewDate: '', endDate: '' }))).toBeUndefined();
  });
});
