import fc from 'fast-check';
import { utmProblem } from '../../../src/core/lifecycle/row-cells';
import { buildUtmLink, isHttpUrl, splitUrl, utmCampaignOf } from '../../../src/core/tracking/utm';
import { RowError } from '../../../src/core/values';

const tags = { source: 'instagram', medium: 'influencer', campaign: 'spring' };

describe('buildUtmLink', () => {
  it('adds the three tags, and content and term when given', () => {
    expect(buildUtmLink('https://shop.example.com/', tags)).toBe(
      'https://shop.example.com/?utm_source=instagram&utm_medium=influencer&utm_campaign=spring',
    );
    expect(buildUtmLink('http://shop.example.com', { ...tags, content: 'ana', term: 'shoes' })).toBe(
      'http://shop.example.com?utm_source=instagram&utm_medium=influencer&utm_campaign=spring&utm_content=ana&utm_term=shoes',
    );
  });

  it('URL-encodes every value', () => {
    expect(
      buildUtmLink('https://a.example/', {
        source: 'ig',
        medium: 'paid social',
        campaign: 'spring&summer=2026',
        content: 'ana/co #1',
        term: 'café 🎉',
      }),
    ).toBe(
      'https://a.example/?utm_source=ig&utm_medium=paid%20social&utm_campaign=spring%26summer%3D2026&utm_content=ana%2Fco%20%231&utm_term=caf%C3%A9%20%F0%9F%8E%89',
    );
  });

  it('keeps other parameters and the fragment, and replaces utm_* already there', () => {
    expect(
      buildUtmLink(
        'https://shop.example.com/p?id=7&utm_source=old&UTM_Medium=x&utm%5Fcampaign=y&utm_id=9&ref=z#reviews',
        tags,
      ),
    ).toBe(
      'https://shop.example.com/p?id=7&ref=z&utm_source=instagram&utm_medium=influencer&utm_campaign=spring#reviews',
    );
    // A fragment that holds '?' is still the fragment.
    expect(buildUtmLink('https://a.example/x#part?not=query', tags)).toBe(
      'https://a.example/x?utm_source=instagram&utm_medium=influencer&utm_campaign=spring#part?not=query',
    );
    // Building twice gives the same link: nothing is added twice.
    const once = buildUtmLink('https://a.example/?q=1#f', tags);
    expect(buildUtmLink(once, tags)).toBe(once);
  });

  it('trims values and the URL; blank optional tags are left out', () => {
    expect(buildUtmLink('  https://a.example/  ', { ...tags, source: ' ig ', content: '  ' })).toBe(
      'https://a.example/?utm_source=ig&utm_medium=influencer&utm_campaign=spring',
    );
  });

  it('a URL that is not http(s), or a blank required tag, is a row error', () => {
    for (const url of [
      'shop.example.com',
      'ftp://a.example/',
      'javascript:alert(1)',
      'https://',
      'https:// a.b',
      '',
    ]) {
      expect(() => buildUtmLink(url, tags)).toThrow(RowError);
    }
    expect(() => buildUtmLink('mailto:a@b.c', tags)).toThrow(
      'url must be an http(s) URL (got "mailto:a@b.c")',
    );
    expect(() => buildUtmLink('https://a.example/', { ...tags, medium: ' ' })).toThrow('medium is blank');
    expect(() => buildUtmLink('https://a.example/', { ...tags, campaign: '\ud83c' })).toThrow(
      'campaign holds a broken character',
    );
  });

  it('encodes exactly as encodeURIComponent, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
        fc.pre(a.trim() !== '' && b.trim() !== '');
        const link = buildUtmLink('https://a.example/', { source: a, medium: b, campaign: a });
        return (
          link ===
          `https://a.example/?utm_source=${encodeURIComponent(a.trim())}&utm_medium=${encodeURIComponent(b.trim())}&utm_campaign=${encodeURIComponent(a.trim())}`
        );
      }),
    );
  });

  it('every link it builds passes the Pipeline UTM rule', () => {
    const value = fc.string({ minLength: 1, unit: 'grapheme' }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        value,
        value,
        value,
        fc.option(value, { nil: undefined }),
        fc.option(value, { nil: undefined }),
        (url, source, medium, campaign, content, term) => {
          const link = buildUtmLink(url, { source, medium, campaign, content, term });
          return utmProblem(link) === undefined && isHttpUrl(link);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps every non-utm parameter and the fragment of any web URL', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const before = splitUrl(url);
        const after = splitUrl(buildUtmLink(url, tags));
        const others = (query: string) =>
          query.split('&').filter((p) => p !== '' && !p.toLowerCase().startsWith('utm_'));
        return (
          after.base === before.base &&
          after.fragment === before.fragment &&
          others(after.query).join('&') === others(before.query).join('&')
        );
      }),
      { numRuns: 300 },
    );
  });

  it('runs in linear time on 50,000-character cells', () => {
    const long = 'a'.repeat(50000);
    const start = performance.now();
    for (const url of [
      `https://${long} `,
      `https://${long}`,
      `https://a/?${'utm_x=1&'.repeat(6000)}`,
      `https://${'/'.repeat(50000)}`,
    ]) {
      try {
        buildUtmLink(url, tags);
      } catch {
        // a row error is fine; the time is what is tested
      }
    }
    // A guard against super-linear patterns (a quadratic one takes seconds here), not a speed test.
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('utmCampaignOf', () => {
  it('reads the campaign UTM_LINK wrote, decoded, whatever the case of the key', () => {
    const link = buildUtmLink('https://shop.example.com/?ref=bio#top', {
      ...tags,
      campaign: 'Spring launch & co',
    });
    expect(utmCampaignOf(link)).toBe('Spring launch & co');
    expect(utmCampaignOf('https://x.example/?UTM_Campaign=P-0001')).toBe('P-0001');
    expect(utmCampaignOf('https://x.example/?utm_campaign=a%ZZb')).toBe('a%ZZb');
  });

  it('is null without a campaign, or with an empty one', () => {
    expect(utmCampaignOf('https://x.example/')).toBeNull();
    expect(utmCampaignOf('https://x.example/?utm_source=a&utm_campaign=')).toBeNull();
    expect(utmCampaignOf('not a link')).toBeNull();
  });
});
