import { formatMetric } from '../../../src/core/debrief/view';

describe('formatMetric', () => {
  it('formats without Intl', () => {
    expect(formatMetric('money', 1234567.5)).toBe('$1,234,567.50');
    expect(formatMetric('money', -5)).toBe('-$5.00');
    expect(formatMetric('percent', 0.0509)).toBe('5.1%');
    expect(formatMetric('number', 55000)).toBe('55,000');
    expect(formatMetric('number', undefined)).toBe('');
  });
});
