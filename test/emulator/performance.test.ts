import { createEmulator } from '../../emulator';

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

describe('performance', () => {
  it('reads and writes 10,000 x 27 quickly', () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.insertRowsAfter(1000, 9000);
    sheet.insertColumnsAfter(26, 1);
    const rows = Array.from({ length: 10000 }, (_, r) =>
      Array.from({ length: 27 }, (_, c) => (c % 3 === 0 ? `text ${r}` : c % 3 === 1 ? r * c : r % 2 === 0)),
    );
    const range = sheet.getRange(1, 1, 10000, 27);
    range.setValues(rows); // warm-up
    range.getValues();
    const write = time(() => range.setValues(rows));
    let read: unknown[][] = [];
    const readMs = time(() => {
      read = range.getValues();
    });
    expect(read).toEqual(rows);
    expect(write).toBeLessThan(50);
    expect(readMs).toBeLessThan(50);
  });

  it('reads 100,000 x 3 quickly', () => {
    const emu = createEmulator();
    emu.user.setValues(
      'Big',
      'A1',
      Array.from({ length: 100000 }, (_, r) => [r, `name ${r}`, r * 1.5]),
    );
    const range = emu.spreadsheet.getSheetByName('Big')!.getRange(1, 1, 100000, 3);
    range.getValues();
    const ms = time(() => range.getValues());
    expect(ms).toBeLessThan(100);
  });
});
