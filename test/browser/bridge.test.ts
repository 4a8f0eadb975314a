// The test bridge copies values as google.script.run does, so a server function that returns a
// Date (which Apps Script cannot send) fails here as it would in Sheets.
import { runCall, transportCopy, withBridge } from './bridge';

describe('transportCopy', () => {
  it('copies plain JSON, turns undefined into null in arrays and drops it in objects', () => {
    expect(transportCopy({ a: [1, undefined, 'x'], b: undefined, c: { d: true } })).toEqual({
      a: [1, null, 'x'],
      c: { d: true },
    });
  });

  it('refuses a Date or a function, naming where it was', () => {
    expect(() => transportCopy({ lists: [{ tickedAt: new Date() }] })).toThrow(
      'result.lists[0].tickedAt is a Date: Apps Script cannot send it (use ISO text)',
    );
    expect(() => transportCopy({ f: () => 1 })).toThrow('result.f is a function');
  });
});

describe('runCall', () => {
  it('reaches only the allowed names and reports a thrown error by its message', () => {
    const gas = {
      ok: (x: number) => ({ twice: x * 2 }),
      fails: () => {
        throw new Error('There is no Pipeline sheet: run Set up workbook first.');
      },
      secret: () => 'never',
    };
    const options = { html: '', gas, allowed: ['ok', 'fails'] };
    expect(runCall(options, { name: 'ok', args: [21] })).toEqual({ ok: true, value: { twice: 42 } });
    expect(runCall(options, { name: 'fails', args: [] })).toEqual({
      ok: false,
      message: 'There is no Pipeline sheet: run Set up workbook first.',
    });
    expect(runCall(options, { name: 'secret', args: [] })).toEqual({
      ok: false,
      message: 'Script function not found: secret',
    });
  });
});

describe('withBridge', () => {
  it('puts the bridge first in <head>, before the page script', () => {
    const page = withBridge(
      '<!DOCTYPE html><html><head><title>t</title></head><body><script>x()</script></body></html>',
    );
    expect(page.indexOf('window.google.script')).toBeLessThan(page.indexOf('x()'));
    expect(page.indexOf('<head><script>')).toBeGreaterThan(0);
  });
});
