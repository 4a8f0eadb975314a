import { STEPS } from '../../../src/core/maturity/steps';

describe('the next steps', () => {
  it.each(Object.entries(STEPS))('%s: each level gives a different, whole sentence', (_criterion, steps) => {
    const sentences = [steps.experimental, steps.operational, steps.strategic];
    expect(new Set(sentences).size).toBe(3);
    for (const sentence of sentences) expect(sentence).toMatch(/^[A-Z].*\.$/);
  });
});
