import { levelAtLeast, shareCriterion } from '../../../src/core/maturity/levels';

const steps = { experimental: 'start', operational: 'grow', strategic: 'keep' };

describe('levelAtLeast', () => {
  it('reaches a level at its bar, not just above it', () => {
    expect(levelAtLeast(0.79, 0.8, 0.95)).toBe('experimental');
    expect(levelAtLeast(0.8, 0.8, 0.95)).toBe('operational');
    expect(levelAtLeast(0.95, 0.8, 0.95)).toBe('strategic');
  });
});

describe('shareCriterion', () => {
  it('rates the share, names the counts and gives the step for the level reached', () => {
    expect(shareCriterion('Briefs', { have: 17, of: 20 }, 'from Co-creation', [0.8, 0.95], steps)).toEqual({
      name: 'Briefs',
      figure: '85% (17 of 20 from Co-creation)',
      level: 'operational',
      thresholds: 'operational from 80%, strategic from 95%',
      nextStep: 'grow',
    });
  });

  it('nothing to count, or a missing column, is experimental and says why (never 0% or NaN%)', () => {
    const none = shareCriterion('Briefs', { have: 0, of: 0 }, 'from Co-creation', [0.8, 0.95], steps);
    expect(none).toMatchObject({ figure: 'no partnerships from Co-creation yet', level: 'experimental' });
    const missing = shareCriterion(
      'Briefs',
      { have: 3, of: 3 },
      'from Co-creation',
      [0.8, 0.95],
      steps,
      'Brief',
    );
    expect(missing).toMatchObject({ figure: 'no evidence: column "Brief" is missing', nextStep: 'start' });
  });
});
