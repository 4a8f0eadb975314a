// Large ranges round-trip exactly. How fast they do is measured by `npm run bench`, not asserted
// here: timed assertions are flaky on a loaded machine.
import { createEmulator } from '../../emulator';

describe('large ranges', () => {
  it('10,000 x 27 values written and read back unchanged', () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.insertRowsAfter(1000, 9000);
    sheet.insertColumnsAfter(26, 1);
    const rows = Array.from({ length: 10000 }, (_, r) =>
      Array.from({ length: 27 }, (_, c) => (c % 3 === 0 ? `text ${r}` : c % 3 === 1 ? r * c : r % 2 === 0)),
    );
    const range = sheet.getRange(1, 1, 10000, 27);
    range.setValues(rows);
    expect(range.getValues()).toEqual(rows);
    expect(sheet.getLastRow()).toBe(10000);
    expect(sheet.getLastColumn()).toBe(27);
  });

  it('100,000 x 3 written by the user helper and read through the API', () => {
    const emu = createEmulator();
    const data = Array.from({ length: 100000 }, (_, r) => [r, `name ${r}`, r * 1.5]);
    emu.user.setValues('Big', 'A1', data);
    expect(emu.spreadsheet.getSheetByName('Big')!.getRange(1, 1, 100000, 3).getValues()).toEqual(data);
  });
});
