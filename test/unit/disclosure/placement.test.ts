// The placement rules of DISCLOSURE_CHECK, with the FTC's own examples (see disclosure.test.ts).
import { disclosureCheck } from '../../../src/core/disclosure/disclosure';
import { runAround, SHOWN_BEFORE_MORE } from '../../../src/core/disclosure/placement';

const endorsement = 'Loving my new Acme running shoes, so light on long runs';

describe('placement ("Place it so it\'s hard to miss")', () => {
  const filler = (n: number) => 'x'.repeat(n);

  it('not where people must click MORE: after the first 125 characters of a long caption', () => {
    const caption = `${filler(178)} #ad`;
    expect(disclosureCheck(caption)).toBe(
      'buried: first disclosure at character 180, after the 125 shown before "more"',
    );
    expect(disclosureCheck(`${filler(123)} #ad and more text after it`)).toBe(
      `buried: first disclosure at character 125 is cut off at the ${SHOWN_BEFORE_MORE} shown before "more"`,
    );
    expect(disclosureCheck(`${filler(121)} #ad and more text after it`)).toBe('OK');
    // A caption short enough to show whole has no "more".
    expect(disclosureCheck(`${filler(121)} #ad`)).toBe('OK');
  });

  it('not mixed into a group of hashtags', () => {
    expect(disclosureCheck(`${endorsement} #running #shoes #ad #fitness #morning #acme`)).toBe(
      'buried: inside a block of 6 hashtags',
    );
    // Beside two other tags it still stands out; a sentence between tags breaks the block.
    expect(disclosureCheck(`${endorsement} #running #ad #shoes`)).toBe('OK');
    expect(disclosureCheck(`#ad ${endorsement} #running #shoes #fitness #morning`)).toBe('OK');
    // Tags on separate lines are still one block.
    expect(disclosureCheck(`${endorsement}\n#running\n#shoes\n#ad\n#fitness`)).toBe(
      'buried: inside a block of 4 hashtags',
    );
    // A '#' inside a word ("size#9") is no tag: the block is #c #d #ad, three tags.
    expect(disclosureCheck('Loving these shoes size#9 #c #d #ad')).toBe('OK');
    expect(disclosureCheck('Loving these shoes #size#9 #c #d #ad')).toBe(
      'buried: inside a block of 5 hashtags',
    );
  });

  it('one well-placed disclosure is enough; otherwise the first one is reported', () => {
    expect(disclosureCheck(`#ad ${endorsement} ${filler(150)} #run #fit #gym #ad`)).toBe('OK');
    expect(disclosureCheck(`${filler(150)} #run #fit #gym #ad #sponsored`)).toBe(
      'buried: first disclosure at character 167, after the 125 shown before "more"; buried: inside a block of 5 hashtags',
    );
  });
});

describe('runAround', () => {
  it('counts the tags joined to one by whitespace only, line breaks included', () => {
    const text = 'Shoes! #run #fit\n#ad  #gym. #later';
    const at = text.indexOf('#ad');
    expect(runAround(text, at, at + 3)).toEqual({
      first: text.indexOf('#run'),
      last: text.indexOf('.'),
      tags: 4,
    });
  });

  it('a lone tag, or one beside a # that starts no tag, is a run of one', () => {
    expect(runAround('#ad', 0, 3)).toEqual({ first: 0, last: 3, tags: 1 });
    expect(runAround('x # #ad # y', 4, 7)).toEqual({ first: 4, last: 7, tags: 1 });
  });

  it('a # inside a word starts no tag, walking either way; tags glued to tags still count', () => {
    const inWord = 'Loving these shoes a#b #c #d #ad';
    const at = inWord.indexOf('#ad');
    expect(runAround(inWord, at, at + 3)).toEqual({
      first: inWord.indexOf('#c'),
      last: inWord.length,
      tags: 3,
    });
    const glued = 'x #a#b #ad';
    expect(runAround(glued, 7, 10)).toEqual({ first: 2, last: 10, tags: 3 });
    const chain = 'x a#b#c #ad';
    expect(runAround(chain, 8, 11)).toEqual({ first: 8, last: 11, tags: 1 });
    const after = '#ad #c a#b';
    expect(runAround(after, 0, 3)).toEqual({ first: 0, last: 6, tags: 2 });
  });
});
