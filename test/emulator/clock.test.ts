import { createEmulator, loadBundle } from '../../emulator';

describe('the script clock', () => {
  it('new Date() and Date.now() in the bundle follow emulator.setNow; other Date uses are untouched', () => {
    const emu = createEmulator();
    emu.setNow(new Date(Date.UTC(2030, 0, 2, 3)));
    const ctx = loadBundle(
      `function now() { return [new Date().toISOString(), Date.now(), new Date(0).toISOString(), new Date(2020, 1, 3) instanceof Date,
        Object.prototype.toString.call(new Date()), Date.UTC(2001, 0, 1), typeof Date()]; }`,
      emu,
    );
    expect(ctx.now()).toEqual([
      '2030-01-02T03:00:00.000Z',
      Date.UTC(2030, 0, 2, 3),
      '1970-01-01T00:00:00.000Z',
      true,
      '[object Date]',
      Date.UTC(2001, 0, 1),
      'string',
    ]);
    emu.setNow(new Date(Date.UTC(2031, 5, 1)));
    expect(ctx.now()[0]).toBe('2031-06-01T00:00:00.000Z');
  });
});
