import { newDraft } from '../../../src/core/brief/draft';
import { targetsFromBriefSheet, targetsFromDraft } from '../../../src/core/debrief/targets';

describe('targets', () => {
  it('reads targets from the brief sheet’s label rows, numbers or text; names what it cannot read', () => {
    const t = targetsFromBriefSheet(
      [
        ['Brief P-1: Ana × Acme'],
        ['Start date', new Date(Date.UTC(2026, 7, 1))],
        ['End date', '2026-11-30'],
        ['Reach', 50000],
        ['Engagement rate (%)', 0.05],
        ['Attributed sales', '$24,000'],
        ['Customer lifetime value', 'lots'],
      ],
      'Brief P-1',
      (d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 }),
    );
    expect(t.targets).toEqual({
      targetReach: 50000,
      targetEngagementRate: 0.05,
      targetAttributedSales: 24000,
    });
    expect(t.start).toEqual({ year: 2026, month: 8 });
    expect(t.end).toEqual({ year: 2026, month: 11 });
    expect(t.problems).toEqual(['Customer lifetime value target "lots" is not a number']);
    const d = targetsFromDraft(newDraft({ targetEngagementRate: '4.5', targetContentOutput: '3' }));
    expect(d.targets).toEqual({ targetEngagementRate: 0.045, targetContentOutput: 3 });
  });
});
