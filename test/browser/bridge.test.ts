// The sidebar test server runs each call as Apps Script would: only allowed top-level names, and the
// result copied by bridge/transport-copy.ts, so a server function that returns a Date (which Apps
// Script cannot send) fails here as it would in Sheets.
import { runCall } from './bridge';

describe('runCall', () => {
  it('reaches only the allowed names and reports a thrown error by its message', () => {
    const gas = {
      ok: (x: number) => ({ twice: x * 2 }),
      fails: () => {
        throw new Error('There is no Pipeline sheet: run Set up workbook first.');
      },
      secret: () => 'never',
      dated: () => ({ when: new Date(0) }),
    };
    const options = { html: '', gas, allowed: ['ok', 'fails', 'dated'] };
    expect(runCall(options, { name: 'ok', args: [21] })).toEqual({ ok: true, value: { twice: 42 } });
    expect(runCall(options, { name: 'fails', args: [] })).toEqual({
      ok: false,
      message: 'There is no Pipeline sheet: run Set up workbook first.',
    });
    expect(runCall(options, { name: 'secret', args: [] })).toEqual({
      ok: false,
      message: 'Script function not found: secret',
    });
    expect(runCall(options, { name: 'dated', args: [] })).toEqual({
      ok: false,
      message:
        'Failed due to illegal value: result.when is a Date (send ISO text instead); google.script.run cannot send it.',
    });
  });
});
