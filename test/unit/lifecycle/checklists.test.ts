import fc from 'fast-check';
import {
  CHECKLIST_ITEM_KEYS,
  CHECKLISTS,
  checklistDigest,
  checklistViews,
  checklistWarnings,
  ticksOfDigest,
} from '../../../src/core/lifecycle/checklists';
import { STAGES } from '../../../src/core/lifecycle/pipeline';

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

describe('checklist digests (kept beside the stage record, so an edit need not read the ticks)', () => {
  const tickedAt = '2026-11-02T10:00:00.000Z';
  const ticksArb = fc
    .subarray([...CHECKLIST_ITEM_KEYS])
    .map((keys) => new Map(keys.map((key) => [key, tickedAt] as [string, string])));

  it('gives back ticks with exactly the same warnings at the stage it was made for, in one character', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STAGES), ticksArb, (stage, ticks) => {
        const digest = checklistDigest(stage, ticks);
        expect(digest).toHaveLength(1);
        expect(Buffer.byteLength(digest)).toBeLessThanOrEqual(3);
        const back = ticksOfDigest(digest);
        expect(back).toBeDefined();
        expect(checklistWarnings(stage, back!)).toEqual(checklistWarnings(stage, ticks));
      }),
      { numRuns: 2000 },
    );
  });

  it('is one ASCII letter in the usual cases: nothing ticked, or no warning', () => {
    expect(checklistDigest('Promotion', new Map())).toBe('z');
    expect(checklistDigest('Discovery', new Map())).toBe('n');
    expect(checklistDigest('Promotion', new Map(CHECKLIST_ITEM_KEYS.map((k) => [k, tickedAt])))).toBe('n');
    const onboardingHalf = new Map(
      ['onboarding.overview', 'onboarding.samples', 'onboarding.brief'].map((k) => [k, tickedAt]),
    );
    // Onboarding 3/5 is half done, so not every passed list is untouched.
    const half = checklistDigest('Co-creation', onboardingHalf);
    expect(half).not.toBe('z');
    expect(checklistWarnings('Co-creation', ticksOfDigest(half)!)).toEqual([
      'Discovery checklist 0/3',
      'Negotiation checklist 0/6',
    ]);
    const kickoff = checklistDigest('Co-creation', new Map([['onboarding.kickoff', tickedAt]]));
    expect(checklistWarnings('Co-creation', ticksOfDigest(kickoff)!)).toEqual([
      'Discovery checklist 0/3',
      'Negotiation checklist 0/6',
      'Onboarding checklist 1/5',
    ]);
  });

  it('refuses text that is not a digest, so a damaged store means reading the ticks', () => {
    const beyond = String.fromCharCode(0x100 + 4 ** 6);
    // Discovery has 3 items: a done count of 2 is not "less than half".
    const discoveryTwo = String.fromCharCode(0x100 + 3);
    for (const text of ['', 'x', '00', 'zz', '=', 'Ā0', beyond, discoveryTwo, '\u00ff'])
      expect(ticksOfDigest(text)).toBeUndefined();
  });
});
