import { createEmulator } from '../../emulator';

function services(options?: Parameters<typeof createEmulator>[0]) {
  const emu = createEmulator(options);
  const g = emu.globals;
  return {
    emu,
    PropertiesService: g.PropertiesService as GoogleAppsScript.Properties.PropertiesService,
    CacheService: g.CacheService as GoogleAppsScript.Cache.CacheService,
    LockService: g.LockService as GoogleAppsScript.Lock.LockService,
    ScriptApp: g.ScriptApp as GoogleAppsScript.Script.ScriptApp,
    HtmlService: g.HtmlService as GoogleAppsScript.HTML.HtmlService,
    SpreadsheetApp: g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    Session: g.Session as GoogleAppsScript.Base.Session,
    Utilities: g.Utilities as GoogleAppsScript.Utilities.Utilities,
    Logger: g.Logger as GoogleAppsScript.Base.Logger,
    console: g.console as Console,
  };
}

describe('PropertiesService', () => {
  it('stores strings per store', () => {
    const { PropertiesService } = services();
    const doc = PropertiesService.getDocumentProperties();
    doc.setProperty('a', 1 as unknown as string).setProperties({ b: 'x', c: 'y' });
    expect(doc.getProperty('a')).toBe('1');
    expect(doc.getProperties()).toEqual({ a: '1', b: 'x', c: 'y' });
    expect(PropertiesService.getScriptProperties().getProperty('a')).toBeNull();
    expect(PropertiesService.getDocumentProperties()).toBe(doc);
    doc.setProperties({ z: '1' }, true);
    expect(doc.getKeys()).toEqual(['z']);
    doc.deleteProperty('z');
    expect(doc.getKeys()).toEqual([]);
  });

  it('enforces 9 KB per property and 500 KB per store', () => {
    const { PropertiesService } = services();
    const props = PropertiesService.getUserProperties();
    expect(() => props.setProperty('k', 'x'.repeat(9 * 1024))).toThrow(
      'Exception: Argument too large: value',
    );
    props.setProperty('k', 'x'.repeat(9 * 1024 - 1));
    expect(() => props.setProperty('é', 'x'.repeat(9 * 1024 - 1))).toThrow('Argument too large');
    // 55 x 9005 bytes + 9216 bytes = 504,491 bytes; one more 9008 goes past 512,000.
    for (let i = 0; i < 55; i++) props.setProperty(`key${String(i).padStart(2, '0')}`, 'x'.repeat(9000));
    expect(() => props.setProperty('one-more', 'x'.repeat(9000))).toThrow(
      'Exception: You have exceeded the property storage quota',
    );
    expect(props.getProperty('one-more')).toBeNull();
  });
});

describe('CacheService', () => {
  it('expires entries on the emulator clock', () => {
    const { emu, CacheService } = services();
    emu.setNow(new Date('2024-01-01T00:00:00Z'));
    const cache = CacheService.getScriptCache();
    cache.put('a', '1');
    cache.put('b', '2', 60);
    cache.putAll({ c: '3' }, 100000);
    expect(cache.getAll(['a', 'b', 'c', 'd'])).toEqual({ a: '1', b: '2', c: '3' });
    emu.setNow(new Date('2024-01-01T00:01:00Z'));
    expect(cache.get('b')).toBeNull();
    expect(cache.get('a')).toBe('1');
    emu.setNow(new Date('2024-01-01T06:00:00Z'));
    expect(cache.get('c')).toBeNull(); // capped at 6 hours
    expect(() => cache.put('big', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large');
  });
});

describe('LockService', () => {
  it('acquires unless held elsewhere', () => {
    const { emu, LockService } = services();
    const lock = LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    emu.lock.heldElsewhere = true;
    expect(lock.tryLock(1000)).toBe(false);
    expect(() => lock.waitLock(1000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    emu.lock.heldElsewhere = false;
    lock.waitLock(10);
    LockService.getScriptLock().waitLock(10);
    expect(emu.lock.maxHeld).toBe(2);
  });
});

describe('ScriptApp', () => {
  it('creates, lists and deletes triggers, at most 20', () => {
    const { emu, ScriptApp, SpreadsheetApp } = services();
    const t = ScriptApp.newTrigger('monthlyReport')
      .timeBased()
      .onMonthDay(1)
      .atHour(6)
      .inTimezone('Europe/Paris')
      .create();
    expect(emu.triggers).toEqual([
      {
        id: t.getUniqueId(),
        handlerFunction: 'monthlyReport',
        eventType: 'CLOCK',
        monthDay: 1,
        atHour: 6,
        timeZone: 'Europe/Paris',
        owner: 'user@example.com',
      },
    ]);
    expect(String(t.getEventType())).toBe('CLOCK');
    expect(t.getHandlerFunction()).toBe('monthlyReport');
    const edit = ScriptApp.newTrigger('onEditInstalled')
      .forSpreadsheet(SpreadsheetApp.getActive())
      .onEdit()
      .create();
    expect(String(edit.getTriggerSource())).toBe('SPREADSHEETS');
    expect(ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).map((x) => x.getHandlerFunction())).toEqual([
      'monthlyReport',
      'onEditInstalled',
    ]);
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]);
    expect(emu.triggers.map((x) => x.handlerFunction)).toEqual(['onEditInstalled']);
    for (let i = 0; i < 19; i++) ScriptApp.newTrigger(`f${i}`).timeBased().everyDays(1).create();
    expect(() => ScriptApp.newTrigger('one-too-many').timeBased().everyDays(1).create()).toThrow(
      'This script has too many triggers',
    );
    expect(() => ScriptApp.newTrigger('x').timeBased().atHour(24)).toThrow();
    expect(ScriptApp.AuthMode.LIMITED).toBe('LIMITED');
  });
});

describe('Ui, HtmlService and toasts', () => {
  it('records menus, alerts, sidebars, dialogs and toasts', () => {
    const { emu, SpreadsheetApp, HtmlService } = services({ htmlFiles: { Sidebar: '<p>hi</p>' } });
    const ui = SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem('Set up', 'setup')
      .addSeparator()
      .addSubMenu(ui.createMenu('More').addItem('Forecast', 'forecast'))
      .addToUi();
    expect(emu.ui.menus).toEqual([
      {
        title: 'Producer Partnerships',
        items: [
          { caption: 'Set up', functionName: 'setup' },
          { caption: '---', functionName: '' },
          { caption: 'More > Forecast', functionName: 'forecast' },
        ],
      },
    ]);
    emu.ui.alertResponses.push('NO');
    expect(ui.alert('Sure?', 'Delete all?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Done')).toBe('OK');
    expect(emu.ui.alerts).toEqual([
      { title: 'Sure?', prompt: 'Delete all?', buttons: 'YES_NO' },
      { prompt: 'Done' },
    ]);
    // Ui.prompt: the typed text comes back whatever the button (Google's PromptResponse page).
    emu.ui.promptResponses.push({ text: '2026-11' }, { text: 'typed', button: 'CANCEL' });
    const month = ui.prompt('Payouts', 'Month?', ui.ButtonSet.OK_CANCEL);
    expect([month.getResponseText(), month.getSelectedButton()]).toEqual(['2026-11', ui.Button.OK]);
    const cancelled = ui.prompt('Name?');
    expect([cancelled.getResponseText(), cancelled.getSelectedButton()]).toEqual(['typed', 'CANCEL']);
    expect(ui.prompt('Again?', ui.ButtonSet.OK).getResponseText()).toBe('');
    expect(emu.ui.prompts).toEqual([
      { title: 'Payouts', prompt: 'Month?', buttons: 'OK_CANCEL' },
      { prompt: 'Name?' },
      { prompt: 'Again?', buttons: 'OK' },
    ]);

    ui.showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Partnerships'));
    ui.showModalDialog(HtmlService.createHtmlOutput('<b>x</b>').append('<i>y</i>'), 'Report');
    expect(emu.ui.sidebars).toEqual([{ title: 'Partnerships', html: '<p>hi</p>' }]);
    expect(emu.ui.dialogs).toEqual([{ title: 'Report', html: '<b>x</b><i>y</i>' }]);
    expect(() => HtmlService.createHtmlOutputFromFile('Missing')).toThrow(
      'Exception: No HTML file named Missing was found.',
    );

    SpreadsheetApp.getActive().toast('Saved', 'Partnerships', 5);
    SpreadsheetApp.getActive().toast('Plain');
    expect(emu.ui.toasts).toEqual([
      { message: 'Saved', title: 'Partnerships', timeoutSeconds: 5 },
      { message: 'Plain' },
    ]);
  });
});

describe('Session, Utilities, Logger, console', () => {
  it('gives the configured user and time zone', () => {
    const { Session } = services({ userEmail: 'ana@brand.test', timeZone: 'Europe/Berlin' });
    expect(Session.getActiveUser().getEmail()).toBe('ana@brand.test');
    expect(Session.getEffectiveUser().getEmail()).toBe('ana@brand.test');
    expect(Session.getScriptTimeZone()).toBe('Europe/Berlin');
    expect(Session.getTemporaryActiveUserKey()).toEqual(Session.getTemporaryActiveUserKey());
  });

  it('formats dates in any time zone (Java patterns)', () => {
    const { Utilities } = services();
    const d = new Date('2024-03-01T09:30:05Z');
    expect(Utilities.formatDate(d, 'Pacific/Kiritimati', 'yyyy-MM-dd HH:mm:ss Z')).toBe(
      '2024-03-01 23:30:05 +1400',
    );
    expect(Utilities.formatDate(d, 'America/Los_Angeles', 'yyyy-MM-dd HH:mm XXX')).toBe(
      '2024-03-01 01:30 -08:00',
    );
    expect(
      Utilities.formatDate(new Date('2024-03-01T02:00:00Z'), 'America/Los_Angeles', 'EEE d MMM yy'),
    ).toBe('Thu 29 Feb 24');
    expect(
      Utilities.formatDate(new Date('2024-07-01T12:00:00Z'), 'America/Los_Angeles', "MMMM d, yyyy 'at' h a"),
    ).toBe('July 1, 2024 at 5 AM');
    expect(Utilities.formatDate(d, 'Etc/UTC', "yyyy-MM-dd'T'HH:mm:ss.SSSX")).toBe('2024-03-01T09:30:05.000Z');
  });

  it('encodes base64 and records logs quietly', () => {
    const { emu, Utilities, Logger, console } = services();
    const encoded = Utilities.base64Encode('héllo');
    expect(encoded).toBe(Buffer.from('héllo').toString('base64'));
    expect(Utilities.newBlob(Utilities.base64Decode(encoded)).getDataAsString()).toBe('héllo');
    expect(Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
    Utilities.sleep(100);
    Logger.log('value %s', 42);
    console.log('plain');
    console.error('bad', 1);
    expect(emu.logs).toEqual(['value 42', 'plain', '[error] bad 1']);
  });
});
