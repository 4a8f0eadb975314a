// Custom functions run once per formula over up to 100,000 rows. A global read (Math, Number, ...)
// inside the per-row loop is cheap in Apps Script but goes through the vm context's interceptor in
// the emulator, where one Math.min per row made PRODUCER_SCORE 20 times the bare arithmetic. The
// reads are counted here exactly: they must not grow with the number of rows.
import vm from 'node:vm';
import { createEmulator, loadBundle } from '../../emulator';
import { CODE } from './harness';

const BUILTINS = [
  'Math',
  'Number',
  'String',
  'Array',
  'Object',
  'JSON',
  'isNaN',
  'isFinite',
  'Symbol',
  'Map',
  'Set',
];

function countingGlobals() {
  const gas = loadBundle(CODE, createEmulator());
  let reads = 0;
  for (const name of BUILTINS) {
    // The context's own builtin (not an own property of the sandbox, so not readable from here).
    const value: unknown = vm.runInContext(name, gas);
    Object.defineProperty(gas, name, {
      configurable: true,
      get: () => {
        reads++;
        return value;
      },
    });
  }
  return { gas, reads: () => reads };
}

const rubric = (rows: number) => Array.from({ length: rows }, (_, i) => [i % 6, (i * 7) % 6, (i * 3) % 6]);

describe('PRODUCER_SCORE', () => {
  it('reads no global per row', () => {
    const { gas, reads } = countingGlobals();
    const counts = [100, 1000].map((rows) => {
      const before = reads();
      const result = gas.PRODUCER_SCORE(rubric(rows));
      expect(result).toHaveLength(rows);
      return reads() - before;
    });
    expect(counts[1]).toBe(counts[0]);
    expect(gas.PRODUCER_SCORE(3, 4, 5)).toBe(80);
  });
});
