// DISCLOSURE_CHECK's rules, each with the FTC's own examples from "Disclosures 101 for Social Media
// Influencers" (https://www.ftc.gov/business-guidance/resources/disclosures-101-social-media-influencers).
import fc from 'fast-check';
import { disclosureCheck, disclosureProblems } from '../../../src/core/disclosure/disclosure';
import { MISSING_MESSAGE } from '../../../src/core/disclosure/language';

const endorsement = 'Loving my new Acme running shoes, so light on long runs';

describe('what people actually type', () => {
  it('hashtags in any letter case', () => {
    for (const tag of ['#AD', '#Ad', '#aD', '#SPONSORED', '#Sponsored', '#PaidPartnership']) {
      expect(disclosureCheck(`${endorsement} ${tag}`)).toBe('OK');
    }
    expect(disclosureCheck(`${endorsement} #SP #Spon`)).toBe(
      `${MISSING_MESSAGE}; vague: #sp and #spon alone do not disclose`,
    );
  });

  it('emoji count as one character each, and never hide a tag', () => {
    // 120 emoji + " #ad" is 124 characters (244 UTF-16 units): short enough to show whole.
    expect(disclosureCheck(`${'🎉'.repeat(120)} #ad`)).toBe('OK');
    expect(disclosureCheck(`${'🎉'.repeat(130)} #ad`)).toBe(
      'buried: first disclosure at character 132, after the 125 shown before "more"',
    );
    expect(disclosureCheck(`👟#ad✨ ${endorsement}`)).toBe('OK');
    expect(disclosureCheck(`${'🎉'.repeat(130)} #x #y #z #ad 🎉 #sponsored`)).toBe(
      'buried: first disclosure at character 141, after the 125 shown before "more"; buried: inside a block of 4 hashtags',
    );
    expect(disclosureCheck(`${endorsement} 👟 #collab✨`)).toBe(
      `${MISSING_MESSAGE}; vague: #collab alone does not disclose`,
    );
  });

  it('line breaks: a disclosure on its own line counts, and a sentence ends at a line break', () => {
    expect(disclosureCheck(`${endorsement}\n\n#ad`)).toBe('OK');
    expect(disclosureCheck(`AD\r\n${endorsement}`)).toBe('OK');
    // "Thanks" on one line and "free" on the next are not the FTC's sentence.
    expect(disclosureCheck(`Thanks Acme\nfor the free delivery ${endorsement}`)).toBe(MISSING_MESSAGE);
    expect(disclosureCheck(`${'x'.repeat(100)}\n${'y'.repeat(100)}\n#ad`)).toBe(
      'buried: first disclosure at character 203, after the 125 shown before "more"',
    );
  });

  it('non-English hashtags are read as whole tags', () => {
    expect(disclosureCheck(`${endorsement} #anúncio #café`)).toBe(MISSING_MESSAGE);
  });
});

describe('properties on any text', () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 400 });

  it('"Ad:" first always discloses, whatever follows', () => {
    fc.assert(fc.property(text, (caption) => disclosureCheck(`Ad: ${caption}`) === 'OK'));
  });

  it('text without any disclosure word is always reported missing', () => {
    const words = /ad|advertisement|sponsored|paid|free/i;
    fc.assert(
      fc.property(text, (caption) => {
        fc.pre(!words.test(caption));
        return disclosureProblems(caption)[0].startsWith('missing: ');
      }),
    );
  });

  it('always answers OK or problems of the three kinds', () => {
    fc.assert(
      fc.property(text, fc.string({ maxLength: 12 }), (caption, brand) =>
        disclosureCheck(caption, brand)
          .split('; ')
          .every((part) => part === 'OK' || /^(missing|vague|buried): /.test(part)),
      ),
    );
  });
});

describe('cost', () => {
  /** The fastest of five runs, in ms: garbage collection and a busy machine only make runs slower. */
  const fastest = (run: () => void) => {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      run();
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };

  // Each adversarial shape at 50,000 characters (a cell's limit) runs in a few ms when linear; a
  // quadratic scan would need about 10^9 steps (seconds). The fastest of five runs is compared, so
  // a busy machine or a garbage collection does not decide the result.
  it.each([
    ['#ad blocks', (n: number) => '#ad '.repeat(n / 4)],
    ['hashes', (n: number) => '#'.repeat(n)],
    ['glued tags', (n: number) => '#a'.repeat(n / 2)],
    ['one word', (n: number) => 'a'.repeat(n)],
    ['spaces', (n: number) => ' '.repeat(n)],
    ['thanks without free', (n: number) => `${'thanks '.repeat(n / 7)}free`],
    ['emoji', (n: number) => '🎉'.repeat(n / 2)],
    ['a block then #ad', (n: number) => `${'#x '.repeat(n / 3)}#ad`],
    ['emoji around #ad blocks', (n: number) => `🎉${'#ad '.repeat(n / 4)}🎉`],
    ['emoji between disclosures', (n: number) => '🎉 #ad '.repeat(n / 7)],
    ['paid and spaces', (n: number) => `paid${' '.repeat(n)}x`],
  ])('linear on %s', (_, make) => {
    const caption = make(50000);
    expect(fastest(() => disclosureProblems(caption, 'Acme'))).toBeLessThan(250);
  });
});
