import {
  CHECKLIST_ITEM_KEYS,
  CHECKLISTS,
  checklistViews,
  checklistWarnings,
} from '../../src/core/checklists';
import { utmProblem } from '../../src/core/lifecycle';
import { buildUtmLink } from '../../src/core/utm';

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

describe('buildUtmLink', () => {
  it('adds the parameters, replaces old ones, keeps others and the fragment, and passes the UTM rule', () => {
    const link = buildUtmLink('https://shop.example.com/p?utm_source=old&color=red#reviews', {
      source: 'Instagram',
      medium: 'creator',
      campaign: 'P-0012',
      content: 'Ana Lopez',
    });
    expect(link).toBe(
      'https://shop.example.com/p?color=red&utm_source=instagram&utm_medium=creator&utm_campaign=p-0012&utm_content=ana-lopez#reviews',
    );
    expect(utmProblem(link)).toBeUndefined();
  });

  it('encodes values and refuses what cannot become a valid link', () => {
    expect(buildUtmLink('http://a.example', { source: 'x', medium: 'y', campaign: 'a&b=c' })).toBe(
      'http://a.example?utm_source=x&utm_medium=y&utm_campaign=a%26b%3Dc',
    );
    expect(() => buildUtmLink('ftp://a.example', { source: 'x', medium: 'y', campaign: 'z' })).toThrow(
      /http\(s\)/,
    );
    expect(() => buildUtmLink('https://a.example', { source: ' ', medium: 'y', campaign: 'z' })).toThrow(
      'UTM source is empty',
    );
  });

  it('runs in linear time on a 50,000-character URL', () => {
    const start = performance.now();
    expect(() =>
      buildUtmLink(`https://${'a'.repeat(50000)} x`, { source: 'a', medium: 'b', campaign: 'c' }),
    ).toThrow();
    const link = buildUtmLink(`https://a.example/${'b'.repeat(50000)}`, {
      source: 'a',
      medium: 'b',
      campaign: 'c',
    });
    expect(link.length).toBeGreaterThan(50000);
    expect(performance.now() - start).toBeLessThan(200);
  });
});
