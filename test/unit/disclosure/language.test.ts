// The clear-language rules of DISCLOSURE_CHECK, with the FTC's own examples (see disclosure.test.ts).
import { disclosureCheck } from '../../../src/core/disclosure/disclosure';
import { MISSING_MESSAGE } from '../../../src/core/disclosure/language';

const endorsement = 'Loving my new Acme running shoes, so light on long runs';

describe('clear language ("Use simple and clear language")', () => {
  it.each([
    ['#ad', `${endorsement} #ad`],
    ['"ad"', `Ad: ${endorsement}`],
    ['"advertisement"', `Advertisement. ${endorsement}`],
    ['"sponsored"', `Sponsored by Acme. ${endorsement}`],
    ['#sponsored', `${endorsement} #sponsored`],
    ['"Paid partnership with"', `Paid partnership with Acme. ${endorsement}`],
    [
      '"Thanks to Acme brand for the free product"',
      `Thanks to Acme brand for the free product! ${endorsement}`,
    ],
  ])('%s discloses', (_, caption) => {
    expect(disclosureCheck(caption)).toBe('OK');
  });

  it('a brand tag such as #AcmePartner or #AcmeAmbassador counts when the brand is given', () => {
    expect(disclosureCheck(`${endorsement} #AcmePartner`, 'Acme')).toBe('OK');
    expect(disclosureCheck(`${endorsement} #acme_ambassador`, 'ACME')).toBe('OK');
    expect(disclosureCheck(`${endorsement} #AcmeCoPartner`, 'Acme Co.')).toBe('OK');
    // Without the brand it cannot be told from any other tag, and the message says how to fix that.
    expect(disclosureCheck(`${endorsement} #AcmePartner`)).toBe(
      `${MISSING_MESSAGE} (give the brand to count a tag like #AcmePartner)`,
    );
    // Another brand's tag does not disclose this one.
    expect(disclosureCheck(`${endorsement} #OtherPartner`, 'Acme')).toBe(MISSING_MESSAGE);
  });

  it('no disclosure at all is missing', () => {
    expect(disclosureCheck(endorsement)).toBe(
      'missing: no #ad, #sponsored, "advertisement" or "paid partnership"',
    );
  });

  it('vague terms alone do not disclose: sp, spon, collab, and stand-alone thanks or ambassador', () => {
    expect(disclosureCheck(`${endorsement} #sp #spon #collab`)).toBe(
      `${MISSING_MESSAGE}; vague: #sp, #spon and #collab alone do not disclose`,
    );
    expect(disclosureCheck(`${endorsement} #thanks`)).toBe(
      `${MISSING_MESSAGE}; vague: #thanks alone does not disclose`,
    );
    expect(disclosureCheck(`${endorsement} #Ambassador`)).toBe(
      `${MISSING_MESSAGE}; vague: #ambassador alone does not disclose`,
    );
    // "thanks" without the free product is not the FTC's sentence.
    expect(disclosureCheck(`Thanks Acme! ${endorsement}`)).toBe(MISSING_MESSAGE);
    // With a clear disclosure beside them, vague tags do no harm.
    expect(disclosureCheck(`#ad #collab ${endorsement}`)).toBe('OK');
  });

  it('words that only contain a disclosure do not count', () => {
    for (const caption of [
      `${endorsement} #adventure #admire`,
      `${endorsement}, added to cart, headed out`,
      `${endorsement} at shop.example.com/ad/shoes`,
      `${endorsement} unsponsored opinion`,
    ]) {
      expect(disclosureCheck(caption)).toBe(MISSING_MESSAGE);
    }
  });
});
