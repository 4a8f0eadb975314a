import { utmProblem } from '../../src/core/row-rules';
import { buildUtmLink } from '../../src/core/utm';

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
