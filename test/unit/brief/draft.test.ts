import { normalizeDraft } from '../../../src/core/brief/draft';

describe('drafts from untrusted JSON', () => {
  it('keeps only schema keys and known options', () => {
    const draft = normalizeDraft(
      JSON.parse(
        '{"values":{"goal":7,"__proto__":{"polluted":"yes"},"extra":"x"},"choices":{"brandOffers":["Data","Data","Gold"]},"tiers":[{"from":"0","rate":"5","x":"y"}]}',
      ),
    );
    expect(draft.values.goal).toBe('7');
    expect('extra' in draft.values).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(draft.choices.brandOffers).toEqual(['Data']);
    expect(draft.tiers).toEqual([{ from: '0', rate: '5' }]);
  });
});
