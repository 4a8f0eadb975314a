// The bundle's triggers and menu items in the authorization mode Sheets gives them, within their
// time limits (emulator.execute: a forbidden call throws, a run past its limit throws).
import type { Addon } from './harness';
import { cellOf, header, letter, promotionRow, rowValues, setUpAddon } from './pipeline-helpers';

let addon: Addon;
beforeEach(() => {
  addon = setUpAddon();
});

const simple = <T>(run: () => T, authMode: 'NONE' | 'LIMITED' = 'LIMITED') =>
  addon.emu.execute('simpleTrigger', run, { authMode });

describe('authorization modes', () => {
  it('onOpen builds the whole menu in NONE and in LIMITED; onInstall in FULL', () => {
    const built = (run: () => void) => {
      addon.emu.ui.menus.length = 0;
      run();
      return JSON.stringify(addon.emu.ui.menus);
    };
    const none = built(() => simple(() => addon.gas.onOpen({ authMode: 'NONE' }), 'NONE'));
    const limited = built(() => simple(() => addon.gas.onOpen({ authMode: 'LIMITED' })));
    const full = built(() => addon.emu.execute('menu', () => addon.gas.onInstall({ authMode: 'FULL' })));
    expect(none).toContain('scheduleMonthlyForecast');
    expect(limited).toBe(none);
    expect(full).toBe(none);
  });

  it('a simple onEdit validates the edited row in LIMITED and does nothing in NONE', () => {
    const names = header(addon);
    const row = rowValues(names, promotionRow('Ana', { 'Contract signed': false }));
    simple(
      () => addon.gas.onEdit({ ...addon.emu.user.edit('Pipeline', 'A2', [row]), authMode: 'NONE' }),
      'NONE',
    );
    expect(cellOf(addon, 2, 'Status')).toBe('');
    simple(() => addon.gas.onEdit(addon.emu.user.edit('Pipeline', `B2`, [['Ana']])));
    expect(cellOf(addon, 2, 'Status')).toBe('1 error: Contract not signed');
  });

  it('menu items and sidebar calls that need FULL run in FULL', () => {
    addon.emu.execute('menu', () => addon.gas.scheduleMonthlyForecast());
    expect(addon.emu.triggers).toHaveLength(1);
    addon.emu.execute('menu', () => addon.gas.openBriefBuilder());
    expect(addon.emu.ui.sidebars).toHaveLength(1);
    // The same items from a simple trigger would be refused, as in Sheets.
    expect(() => simple(() => addon.gas.openChecklists())).toThrow(
      /You do not have permission to call Ui\.showSidebar/,
    );
    expect(() => simple(() => addon.gas.stopMonthlyForecast())).toThrow(
      /You do not have permission to call ScriptApp\.\w+Triggers/,
    );
  });
});

describe('a simple onEdit on 50,000 rows stays inside 30 s', () => {
  const rows = (n: number) => {
    const names = header(addon);
    const blank = new Set([names.indexOf('Score'), names.indexOf('Payout')]);
    return Array.from({ length: n }, (_, i) =>
      rowValues(names, promotionRow(`Producer ${i}`, { Stage: i % 3 ? 'Promotion' : 'Negotiation' })).map(
        (v, c) => (blank.has(c) ? '' : v),
      ),
    );
  };

  it('a paste of 50,000 rows', () => {
    const names = header(addon);
    const values = rows(50000);
    const event = addon.emu.user.edit('Pipeline', `A2:${letter(names.length)}50001`, values);
    const run = simple(() => addon.gas.onEdit(event));
    expect(run.modelMs).toBeLessThan(30_000);
    expect(cellOf(addon, 50001, 'Status')).toBe('OK');
    expect(cellOf(addon, 50001, 'ID')).toBe('P-50000');
  }, 120_000);

  it('a Ctrl multi-range edit of the first and the last row of a 50,000-row sheet', () => {
    const names = header(addon);
    addon.emu.user.setValues('Pipeline', 'A2', rows(50000));
    const stage = letter(names.indexOf('Stage') + 1);
    const event = addon.emu.user.editRanges('Pipeline', [
      [`${stage}2`, [['Measurement']]],
      [`${stage}50001`, [['Measurement']]],
    ]);
    const run = simple(() => addon.gas.onEdit(event));
    expect(run.modelMs).toBeLessThan(30_000);
    expect(cellOf(addon, 2, 'Status')).toBe('OK');
    expect(cellOf(addon, 50001, 'Status')).toBe('OK');
  }, 120_000);
});

describe('menu runs stay inside 6 minutes', () => {
  it('Validate all rows and the forecast on 10,000 rows', () => {
    const names = header(addon);
    const blank = new Set([names.indexOf('Score'), names.indexOf('Payout')]);
    addon.emu.user.setValues(
      'Pipeline',
      'A2',
      Array.from({ length: 10000 }, (_, i) =>
        rowValues(names, promotionRow(`Producer ${i}`)).map((v, c) => (blank.has(c) ? '' : v)),
      ),
    );
    const validate = addon.emu.execute('menu', () => addon.gas.validateAllRows());
    expect(addon.emu.ui.toasts.at(-1)?.message).toMatch(/^Validated 10000 rows: 10000 OK/);
    const forecast = addon.emu.execute('menu', () => addon.gas.runMonthlyForecast());
    expect(addon.emu.ui.toasts.at(-1)?.message).toMatch(/^Forecast updated/);
    for (const run of [validate, forecast]) {
      expect(run.limitMs).toBe(360_000);
      expect(run.modelMs).toBeLessThan(60_000);
    }
  }, 120_000);
});
