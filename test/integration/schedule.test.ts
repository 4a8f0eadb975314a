// Schedule and Stop monthly forecast through the built bundle: one time-driven trigger per
// spreadsheet, owned by the editor who made it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDist } from '../../emulator';
import { type Addon, DIST } from './harness';
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

describe('one user, two workbooks', () => {
  /** The same user opens a second spreadsheet with the add-on: user properties and triggers shared. */
  function second(): Addon {
    const emu = addon.emu.openAnother({ spreadsheetName: 'Second workbook', timeZone: 'Europe/Berlin' });
    const gas = loadDist(DIST, emu);
    gas.setUpWorkbook();
    return { emu, gas };
  }

  it('each workbook schedules, sees and stops only its own forecast', () => {
    const b = second();
    addon.gas.scheduleMonthlyForecast();
    b.gas.scheduleMonthlyForecast();
    expect(b.emu.ui.toasts.at(-1)?.message).toBe(
      'The forecast will run on the 1st of each month around 6:00 (Europe/Berlin).',
    );
    expect(addon.emu.triggers.map((t) => t.timeZone)).toEqual(['America/New_York', 'Europe/Berlin']);
    b.gas.stopMonthlyForecast();
    expect(b.emu.ui.toasts.at(-1)?.message).toBe('The monthly forecast is no longer scheduled.');
    expect(addon.emu.triggers).toEqual([expect.objectContaining({ timeZone: 'America/New_York' })]);
    b.gas.stopMonthlyForecast();
    expect(b.emu.ui.toasts.at(-1)?.message).toBe('The monthly forecast was not scheduled.');
    addon.gas.scheduleMonthlyForecast();
    expect(addon.emu.ui.toasts.at(-1)?.message).toBe('The monthly forecast is already scheduled.');
    // Each trigger's workbook is recorded for the user; a trigger removed elsewhere loses its record.
    const user = (
      addon.emu.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService
    ).getUserProperties();
    const records = () => user.getKeys().filter((k) => k.startsWith('pp.scheduledIn.'));
    expect(records()).toEqual([`pp.scheduledIn.${addon.emu.triggers[0].id}`]);
    addon.emu.triggers.splice(0, 1); // removed on the Apps Script Triggers page
    b.gas.scheduleMonthlyForecast();
    expect(records()).toEqual([`pp.scheduledIn.${addon.emu.triggers[0].id}`]);
  });

  it('a scheduled run writes the forecast of its own workbook, with or without an active spreadsheet', () => {
    const b = second();
    b.gas.scheduleMonthlyForecast();
    const trigger = b.emu.triggers[0];
    const event = { authMode: 'FULL', triggerUid: trigger.id };
    // Fired in its workbook's context: that workbook's Forecast, nothing in the other one.
    b.emu.execute('timeDriven', () => b.gas.runScheduledForecast(event));
    expect(b.emu.spreadsheet.getSheetByName('Forecast')).not.toBeNull();
    expect(addon.emu.spreadsheet.getSheetByName('Forecast')).toBeNull();
    // Fired in the other workbook's context: refused, nothing written there.
    expect(() => addon.emu.execute('timeDriven', () => addon.gas.runScheduledForecast(event))).toThrow(
      'Monthly forecast not run: This schedule belongs to the spreadsheet "Second workbook", not to "Untitled spreadsheet".',
    );
    expect(addon.emu.spreadsheet.getSheetByName('Forecast')).toBeNull();
    // Fired with no active spreadsheet: reopened by its recorded ID when the scope allows it...
    b.emu.user.setValues('Forecast', 'A1', [['old']]);
    b.emu.execute('timeDriven', () => b.gas.runScheduledForecast(event), { documentContext: false });
    expect(b.emu.user.getValues('Forecast', 'A1')).not.toEqual([['old']]);
  });

  it('with spreadsheets.currentonly, a run without its spreadsheet fails naming the workbook', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8')) as {
      oauthScopes: string[];
    };
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    const a = setUpAddon({ oauthScopes: manifest.oauthScopes, spreadsheetName: 'Plans' });
    a.gas.scheduleMonthlyForecast();
    const event = { authMode: 'FULL', triggerUid: a.emu.triggers[0].id };
    expect(() =>
      a.emu.execute('timeDriven', () => a.gas.runScheduledForecast(event), { documentContext: false }),
    ).toThrow(
      'Monthly forecast not run: Apps Script started this run without its spreadsheet "Plans", and the add-on may open only the spreadsheet it is used in. Open "Plans" and use Run monthly forecast.',
    );
    a.emu.execute('timeDriven', () => a.gas.runScheduledForecast(event));
    expect(a.emu.spreadsheet.getSheetByName('Forecast')).not.toBeNull();
  });
});
