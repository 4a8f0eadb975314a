import {
  CHECKLIST_ITEM_KEYS,
  CHECKLISTS,
  checklistViews,
  checklistWarnings,
} from '../../../src/core/lifecycle/checklists';

const ticked = (...keys: string[]) => new Map(keys.map((k) => [k, '2026-11-28T15:00:00.000Z']));

describe('checklists', () => {
  it("hold the guide's lists with unique, stable keys", () => {
    expect(CHECKLISTS.map((l) => `${l.title} ${l.items.length}`)).toEqual([
      'Decision checklist 6',
      'Discovery 3',
      'Negotiation 6',
      'Onboarding 5',
      'Co-creation 3',
      'Promotion 4',
      'Measurement 4',
      'Renewal or exit 3',
    ]);
    expect(new Set(CHECKLIST_ITEM_KEYS).size).toBe(CHECKLIST_ITEM_KEYS.length);
  });

  it('shows progress as done/total with tick times', () => {
    const views = checklistViews(
      ticked('decision.objective', 'decision.vetted', 'decision.review', 'decision.scaling'),
    );
    expect(views[0].progress).toBe('4/6');
    expect(views[0].items[0].tickedAt).toBe('2026-11-28T15:00:00.000Z');
    expect(views[0].items[2].tickedAt).toBeNull();
  });

  it('warns for each passed stage whose checklist is less than half done', () => {
    expect(checklistWarnings('Onboarding', ticked('discovery.redFlags', 'discovery.rubric'))).toEqual([
      'Negotiation checklist 0/6',
    ]);
    expect(
      checklistWarnings(
        'Co-creation',
        ticked(
          'discovery.redFlags',
          'discovery.rubric',
          'negotiation.usage',
          'negotiation.scope',
          'negotiation.morals',
          'onboarding.brief',
          'onboarding.kickoff',
        ),
      ),
    ).toEqual(['Onboarding checklist 2/5']);
    expect(checklistWarnings('Discovery', new Map())).toEqual([]);
    // Exit counts as past Measurement, but the Renewal or exit list is its own.
    expect(checklistWarnings('Exit', new Map())).toHaveLength(6);
  });
});
