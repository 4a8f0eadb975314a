// "Assess program maturity" through the built bundle: the Maturity sheet from the workbook's
// evidence, re-runs in place, an empty Pipeline, formula-like names, the lock and its service calls.
import { type Addon, plain } from './harness';
import { day, promotionRow, setUpAddon, typeRows } from './pipeline-helpers';

let addon: Addon;
beforeEach(() => {
  addon = setUpAddon();
});

const sheet = () => plain(addon.emu.user.getValues('Maturity'));
const criterion = (name: string) => sheet().find((r) => r[0] === name);

describe('Assess program maturity', () => {
  it('is on the menu', () => {
    addon.gas.onOpen({ authMode: 'FULL' });
    const items = addon.emu.ui.menus.flatMap((m) => m.items);
    expect(items).toContainEqual(
      expect.objectContaining({ caption: 'Assess program maturity', functionName: 'assessProgramMaturity' }),
    );
  });

  it('with an empty Pipeline it says so rather than rating the program', () => {
    addon.gas.assessProgramMaturity();
    expect(
      sheet()
        .slice(0, 2)
        .map((r) => r.slice(0, 2)),
    ).toEqual([
      ['Program maturity', 'not rated'],
      ['', 'The Pipeline has no partnerships yet, so there is nothing to rate: add rows, then assess again.'],
    ]);
    expect(addon.emu.ui.toasts.at(-1)?.message).toMatch(/^The Pipeline has no partnerships yet/);
  });

  it('rates the program from the Pipeline, the forecast record and Actuals, and names what holds it back', () => {
    typeRows(addon, 2, [
      promotionRow('Ana', { 'Attributed sales': 8000 }),
      promotionRow('Ben', { 'UTM link': '' }),
      promotionRow('Cleo', {
        Stage: 'Exit',
        'End date': day('2026-10-01'),
        'Debrief done': true,
        'Attributed sales': 2000,
      }),
    ]);
    addon.gas.assessProgramMaturity();
    const values = sheet();
    expect(values[0].slice(0, 2)).toEqual(['Program maturity', 'experimental']);
    expect(values[1][0]).toBe('Held back by');
    expect(String(values[1][1])).toContain('Monthly forecast');
    expect(values[5]).toEqual(['Criterion', 'Figure', 'Level', 'Thresholds', 'Next step']);
    expect(criterion('UTM links')?.slice(1, 3)).toEqual(['67% (2 of 3 from Promotion)', 'experimental']);
    expect(criterion('Monthly forecast')?.slice(1, 3)).toEqual(['never run', 'experimental']);
    expect(criterion('Actuals kept')?.slice(1, 3)).toEqual(['no Actuals sheet', 'experimental']);
    expect(criterion('Producer concentration')?.[1]).toBe('HHI 4,133, concentrated (top: Ana, 53%)');

    // Evidence added later shows on the next run, written over the same block.
    addon.emu.user.setValues('Actuals', 'A1:C3', [
      ['Month', 'Total cost', 'Revenue'],
      [day('2026-09-01'), 5000, 12000],
      [day('2026-10-01'), 5000, 15000],
    ]);
    addon.gas.runMonthlyForecast();
    addon.gas.scheduleMonthlyForecast();
    addon.gas.assessProgramMaturity();
    expect(criterion('Monthly forecast')?.slice(1, 3)).toEqual(['scheduled monthly', 'strategic']);
    expect(criterion('Actuals kept')?.slice(1, 3)).toEqual(['2 months of actuals', 'operational']);
    expect(sheet()).toHaveLength(values.length);
    expect(addon.emu.spreadsheet.getSheets().filter((s) => s.getName() === 'Maturity')).toHaveLength(1);
  });

  it('a producer named like a formula is written as text', () => {
    typeRows(addon, 2, [
      promotionRow('\'=IMPORTXML("http://x")'),
      promotionRow('Ben', { 'Attributed sales': 1 }),
    ]);
    addon.gas.assessProgramMaturity();
    expect(criterion('Producer concentration')?.[1]).toBe(
      'HHI 9,996, concentrated (top: =IMPORTXML("http://x"), 100%)',
    );
    const all = addon.emu.user.getValues('Maturity').flat();
    expect(all).not.toContain('#ERROR!');
  });

  it('writes nothing when another run holds the lock', () => {
    typeRows(addon, 2, [promotionRow('Ana')]);
    addon.emu.lock.heldElsewhere = true;
    addon.gas.assessProgramMaturity();
    expect(addon.emu.spreadsheet.getSheetByName('Maturity')).toBeNull();
    expect(addon.emu.ui.toasts.at(-1)?.message).toBe(
      'Another run is busy with this spreadsheet: try again in a moment.',
    );
  });

  it('reads each sheet once (one getSheetValues each) and writes once: 7 round trips', () => {
    typeRows(addon, 2, [promotionRow('Ana'), promotionRow('Ben')]);
    addon.emu.user.setValues('Actuals', 'A1:C2', [
      ['Month', 'Total cost', 'Revenue'],
      [day('2026-10-01'), 5000, 12000],
    ]);
    addon.gas.assessProgramMaturity(); // creates the sheet
    addon.emu.calls.reset();
    addon.gas.assessProgramMaturity();
    const calls = addon.emu.calls.byMethod();
    expect(calls['Sheet.getSheetValues']).toBe(2);
    expect(calls['Range.getValues']).toBeUndefined();
    expect(calls['Sheet.getDataRange']).toBeUndefined();
    expect(calls['Range.setValues']).toBe(1);
    expect(addon.emu.calls.roundTrips()).toBe(7);
  });
});
