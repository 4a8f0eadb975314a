// One user, several spreadsheets: user and script properties and installable triggers are the
// project's (shared), document properties and sheets are each spreadsheet's own.
import { createEmulator, type Emulator } from '../../emulator';

const props = (emu: Emulator) =>
  emu.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
const scriptApp = (emu: Emulator) => emu.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
const active = (emu: Emulator) =>
  (emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();

describe('openAnother', () => {
  it('shares user and script properties, keeps document properties and sheets apart', () => {
    const a = createEmulator({ spreadsheetName: 'Alpha' });
    const b = a.openAnother({ spreadsheetName: 'Beta' });
    expect(active(a).getId()).not.toBe(active(b).getId());
    expect(active(b).getName()).toBe('Beta');
    props(a).getUserProperties().setProperty('u', '1');
    props(a).getScriptProperties().setProperty('s', '2');
    props(a).getDocumentProperties().setProperty('d', '3');
    expect(props(b).getUserProperties().getProperty('u')).toBe('1');
    expect(props(b).getScriptProperties().getProperty('s')).toBe('2');
    expect(props(b).getDocumentProperties().getProperty('d')).toBeNull();
    a.user.setValues('Sheet1', 'A1', [['only in Alpha']]);
    expect(b.user.getValues('Sheet1', 'A1')).toEqual([['']]);
    // Another person has their own user store in every spreadsheet.
    b.setUser('colleague@example.com');
    expect(props(b).getUserProperties().getProperty('u')).toBeNull();
  });

  it('lists a trigger under the spreadsheet it was made in; the project list has them all', () => {
    const a = createEmulator();
    const b = a.openAnother();
    const t = scriptApp(a).newTrigger('monthly').timeBased().onMonthDay(1).create();
    scriptApp(b).newTrigger('monthly').timeBased().onMonthDay(1).create();
    expect(
      scriptApp(a)
        .getUserTriggers(active(a))
        .map((x) => x.getUniqueId()),
    ).toEqual([t.getUniqueId()]);
    expect(scriptApp(b).getUserTriggers(active(b))).toHaveLength(1);
    expect(scriptApp(b).getUserTriggers(active(b))[0].getUniqueId()).not.toBe(t.getUniqueId());
    expect(scriptApp(b).getProjectTriggers()).toHaveLength(2);
    expect(a.triggers).toBe(b.triggers);
    expect(a.triggers.map((x) => x.spreadsheetId)).toEqual([active(a).getId(), active(b).getId()]);
  });

  it('counts the 20-trigger quota per user across spreadsheets', () => {
    const a = createEmulator();
    const b = a.openAnother();
    for (let i = 0; i < 20; i++)
      scriptApp(i % 2 ? a : b)
        .newTrigger(`f${i}`)
        .timeBased()
        .everyDays(1)
        .create();
    expect(() => scriptApp(b).newTrigger('more').timeBased().everyDays(1).create()).toThrow(
      'This script has too many triggers',
    );
  });

  it('follows the first spreadsheet’s clock', () => {
    const a = createEmulator();
    const b = a.openAnother();
    a.setNow(new Date('2026-01-02T03:04:05Z'));
    scriptApp(b).newTrigger('soon').timeBased().after(1000).create();
    expect(b.triggers[0].at?.toISOString()).toBe('2026-01-02T03:04:06.000Z');
  });

  it('counts 9 KB per property and 500 KB per store in UTF-8 bytes, the user store across spreadsheets', () => {
    const a = createEmulator();
    const b = a.openAnother();
    const user = props(a).getUserProperties();
    // 3,070 characters, but 9,210 bytes of value and 7 of key: one byte over 9,216.
    expect(() => user.setProperty('key日x', '日'.repeat(3070))).toThrow('Argument too large');
    user.setProperty('k', '日'.repeat(3071)); // 1 + 9,213 bytes
    for (let i = 0; i < 54; i++) user.setProperty(`a${String(i).padStart(2, '0')}`, '日'.repeat(3000));
    // 9,214 + 54 × 9,003 = 495,376 bytes used in the first spreadsheet: the second has 16,624 left.
    const other = props(b).getUserProperties();
    other.setProperty('b0', 'x'.repeat(9000));
    expect(() => other.setProperty('b1', 'x'.repeat(9000))).toThrow(
      'You have exceeded the property storage quota',
    );
    // The document stores are separate.
    props(b).getDocumentProperties().setProperty('d', 'x'.repeat(9000));
  });
});
