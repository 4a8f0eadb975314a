// Schedule and Stop monthly forecast through the built bundle: one time-driven trigger per
// spreadsheet, owned by the editor who made it.
import type { Addon } from './harness';
import { NOW, setUpAddon } from './pipeline-helpers';

let addon: Addon;
beforeEach(() => {
  addon = setUpAddon();
});

describe('Schedule monthly forecast', () => {
  it('installs one monthly trigger in the spreadsheet’s time zone, however often it is asked', () => {
    addon.gas.scheduleMonthlyForecast();
    addon.gas.scheduleMonthlyForecast();
    expect(addon.emu.triggers).toEqual([
      expect.objectContaining({
        handlerFunction: 'runScheduledForecast',
        eventType: 'CLOCK',
        monthDay: 1,
        atHour: 6,
        timeZone: 'America/New_York',
      }),
    ]);
    expect(addon.emu.ui.toasts.at(-1)?.message).toBe('The monthly forecast is already scheduled.');
    expect(typeof addon.gas[addon.emu.triggers[0].handlerFunction]).toBe('function');
    addon.gas.stopMonthlyForecast();
    expect(addon.emu.triggers).toEqual([]);
    addon.gas.stopMonthlyForecast();
    expect(addon.emu.ui.toasts.at(-1)?.message).toBe('The monthly forecast was not scheduled.');
  });

  it('one schedule per spreadsheet: a second editor cannot stop the first one’s, and is asked before adding one', () => {
    addon.gas.scheduleMonthlyForecast();
    addon.emu.setUser('colleague@example.com');
    addon.emu.ui.alertResponses.push('NO');
    addon.gas.scheduleMonthlyForecast();
    expect(addon.emu.ui.alerts.at(-1)?.prompt).toMatch(
      /^Another editor scheduled the monthly forecast \(2026-11-28\)/,
    );
    expect(addon.emu.ui.toasts.at(-1)?.message).toBe('The schedule was left as it is.');
    addon.gas.stopMonthlyForecast();
    expect(addon.emu.ui.toasts.at(-1)?.message).toMatch(
      /^Another editor scheduled the monthly forecast: it runs as them/,
    );
    expect(addon.emu.triggers).toHaveLength(1);
    addon.emu.setUser('user@example.com');
    addon.gas.stopMonthlyForecast();
    expect(addon.emu.triggers).toHaveLength(0);
    addon.emu.setUser('colleague@example.com');
    addon.gas.scheduleMonthlyForecast();
    expect(addon.emu.triggers).toEqual([
      expect.objectContaining({ owner: 'colleague@example.com', monthDay: 1 }),
    ]);
  });

  it('a stale record never locks anyone out: the trigger removed elsewhere, or the key rotated', () => {
    addon.gas.scheduleMonthlyForecast();
    // The owner removes the trigger on the Apps Script Triggers page, outside the add-on.
    addon.emu.triggers.splice(0, 1);
    addon.emu.setUser('colleague@example.com');
    addon.emu.ui.alertResponses.push('YES');
    addon.gas.scheduleMonthlyForecast();
    expect(addon.emu.triggers).toEqual([expect.objectContaining({ owner: 'colleague@example.com' })]);
    // Forty days later the colleague's key has rotated; their own trigger still tells them apart.
    addon.emu.setNow(new Date(NOW.getTime() + 40 * 86400000));
    addon.gas.scheduleMonthlyForecast();
    expect(addon.emu.ui.toasts.at(-1)?.message).toBe('The monthly forecast is already scheduled.');
    addon.gas.stopMonthlyForecast();
    expect(addon.emu.triggers).toHaveLength(0);
    expect(addon.emu.ui.toasts.at(-1)?.message).toBe('The monthly forecast is no longer scheduled.');
  });
});
