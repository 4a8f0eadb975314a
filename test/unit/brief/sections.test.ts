import {
  BRIEF_CHOICES,
  BRIEF_FIELDS,
  BRIEF_SECTIONS,
  briefField,
  isChoiceKey,
} from '../../../src/core/brief/sections';

describe('the brief schema', () => {
  it('every field and choice key is unique, so a draft maps each key to one field', () => {
    const keys = [...BRIEF_FIELDS, ...BRIEF_CHOICES].map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(BRIEF_FIELDS.length).toBe(BRIEF_SECTIONS.reduce((n, s) => n + s.fields.length, 0));
  });

  it('a select starts on one of its options', () => {
    for (const field of BRIEF_FIELDS.filter((f) => f.kind === 'select')) {
      expect(field.options?.length).toBeGreaterThan(0);
      if (field.initial !== undefined) expect(field.options).toContain(field.initial);
    }
  });

  it('fields and choices are found by key, and nothing else is', () => {
    expect(briefField('reviewRounds')).toMatchObject({ kind: 'count', initial: '2' });
    expect(briefField('brandOffers')).toBeUndefined();
    expect(briefField('__proto__')).toBeUndefined();
    expect(isChoiceKey('brandOffers')).toBe(true);
    expect(isChoiceKey('goal')).toBe(false);
    expect(isChoiceKey('constructor')).toBe(false);
  });
});
