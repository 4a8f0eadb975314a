import { Findings, statusText } from '../../../src/core/lifecycle/findings';
import { RowError } from '../../../src/core/values';

describe('statusText', () => {
  it('is OK without findings', () => {
    expect(statusText([])).toBe('OK');
  });

  it('counts errors, then warnings, and lists errors first', () => {
    expect(
      statusText([
        { severity: 'warning', message: 'W' },
        { severity: 'error', message: 'E1' },
        { severity: 'error', message: 'E2' },
      ]),
    ).toBe('2 errors, 1 warning: E1; E2; W');
    expect(statusText([{ severity: 'warning', message: 'W' }])).toBe('1 warning: W');
  });
});

describe('Findings', () => {
  it('turns a RowError into an error finding and returns undefined', () => {
    const findings = new Findings();
    expect(findings.check(() => 4)).toBe(4);
    expect(
      findings.check(() => {
        throw new RowError('Relevance must be between 0 and 5 (got 7)');
      }),
    ).toBeUndefined();
    expect(findings.list).toEqual([
      { severity: 'error', message: 'Relevance must be between 0 and 5 (got 7)' },
    ]);
  });

  it('rethrows anything else: a bug is not a finding', () => {
    expect(() =>
      new Findings().check(() => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
});
