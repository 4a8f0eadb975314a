import fc from 'fast-check';
import { CallError, RowError } from '../../../src/core/values';
import { EQUAL_WEIGHTS, parseWeights, scoreRow, weightedScore } from '../../../src/core/vetting/score';

describe('weightedScore', () => {
  it('scores 5, 3, 1 as 60 with equal weights, 70 with weights 2, 1, 1, and 100 on relevance alone', () => {
    expect(weightedScore(5, 3, 1, EQUAL_WEIGHTS)).toBeCloseTo(60, 10);
    expect(weightedScore(5, 3, 1, parseWeights([2, 1, 1]))).toBeCloseTo(70, 10);
    expect(weightedScore(5, 0, 0, parseWeights([1, 0, 0]))).toBe(100);
  });

  it('is exact for whole scores and weights: 3, 4, 5 is 80, so a "score >= 80" test holds', () => {
    expect(weightedScore(3, 4, 5, EQUAL_WEIGHTS)).toBe(80);
    expect(weightedScore(4, 4, 5, parseWeights([1, 1, 1]))).toBe(260 / 3);
    const whole = fc.integer({ min: 0, max: 5 });
    const weight = fc.integer({ min: 0, max: 20 });
    fc.assert(
      fc.property(whole, whole, whole, weight, weight, weight, (a, b, c, x, y, z) => {
        const points = 20 * (a * x + b * y + c * z);
        fc.pre(x + y + z > 0 && points % (x + y + z) === 0);
        return weightedScore(a, b, c, parseWeights([x, y, z])) === points / (x + y + z);
      }),
    );
  });

  it('stays within 0..100 for any valid scores and weights', () => {
    const score = fc.double({ min: 0, max: 5, noNaN: true });
    const weight = fc.double({ min: 0, max: 1000, noNaN: true });
    fc.assert(
      fc.property(score, score, score, weight, weight, weight, (a, b, c, x, y, z) => {
        fc.pre(x + y + z > 0);
        const s = weightedScore(a, b, c, parseWeights([x, y, z]));
        return s >= 0 && s <= 100;
      }),
    );
  });

  it('is invariant to scaling the weights', () => {
    const w = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(w, w, w, fc.integer({ min: 1, max: 50 }), (x, y, z, k) => {
        fc.pre(x + y + z > 0);
        const a = weightedScore(4, 2, 1, parseWeights([x, y, z]));
        const b = weightedScore(4, 2, 1, parseWeights([x * k, y * k, z * k]));
        return Math.abs(a - b) < 1e-9;
      }),
    );
  });
});

describe('parseWeights', () => {
  it('rejects negative, text, zero and wrong counts', () => {
    expect(() => parseWeights([1, -1, 1])).toThrow(
      'weight for resonance must be a number of 0 or more (got -1)',
    );
    expect(() => parseWeights([1, 'x', 1])).toThrow(CallError);
    expect(() => parseWeights([0, 0, 0])).toThrow('weights must not all be zero');
    expect(() => parseWeights([1, 1])).toThrow('weights must be three numbers');
  });
  it('accepts percent text', () => {
    expect(parseWeights(['50%', '30%', '20%'])).toEqual([0.5, 0.3, 0.2]);
  });
});

describe('scoreRow', () => {
  it('blank row is blank', () => {
    expect(scoreRow('', '', null, EQUAL_WEIGHTS)).toBe('');
  });
  it('partly blank row is blank while vetting is under way', () => {
    expect(scoreRow(4, '', '', EQUAL_WEIGHTS)).toBe('');
    expect(scoreRow(4, 3, ' ', EQUAL_WEIGHTS)).toBe('');
    expect(scoreRow('', 3, undefined, EQUAL_WEIGHTS)).toBe('');
  });
  it('a bad value is a row error even when other scores are blank', () => {
    expect(() => scoreRow(7, '', '', EQUAL_WEIGHTS)).toThrow(
      new RowError('relevance must be between 0 and 5 (got 7)'),
    );
    expect(() => scoreRow('', 'high', '', EQUAL_WEIGHTS)).toThrow('resonance must be a number (got "high")');
    expect(() => scoreRow(4, '', true, EQUAL_WEIGHTS)).toThrow('reliability must be a number (got TRUE)');
  });
  it('out of range and text are row errors', () => {
    expect(() => scoreRow(7, 3, 1, EQUAL_WEIGHTS)).toThrow('relevance must be between 0 and 5 (got 7)');
    expect(() => scoreRow(4, 'high', 1, EQUAL_WEIGHTS)).toThrow('resonance must be a number (got "high")');
  });
  it('reads numeric text', () => {
    expect(scoreRow('5', '3', '1', EQUAL_WEIGHTS)).toBeCloseTo(60, 10);
  });
});
