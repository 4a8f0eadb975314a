import {
  BRAND_EXPECTS,
  BRAND_OFFERS,
  COMMISSION_KINDS,
  COPY_EDITING,
  DISCLOSURE_WORDINGS,
  EXCLUSIVITY_OPTIONS,
  PRODUCER_BRINGS,
  PRODUCER_EXPECTS,
  TERMS,
} from '../../../src/core/brief/fields';

describe('the brief option lists', () => {
  it.each(
    Object.entries({
      TERMS,
      EXCLUSIVITY_OPTIONS,
      COMMISSION_KINDS,
      COPY_EDITING,
      DISCLOSURE_WORDINGS,
      PRODUCER_BRINGS,
      PRODUCER_EXPECTS,
      BRAND_OFFERS,
      BRAND_EXPECTS,
    }),
  )('%s holds distinct, non-blank options (a dropdown cannot tell duplicates apart)', (_name, options) => {
    expect(options.length).toBeGreaterThan(0);
    expect(new Set(options).size).toBe(options.length);
    for (const option of options) expect(option.trim()).not.toBe('');
  });
});
