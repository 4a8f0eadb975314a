// ScriptApp: installable triggers (recorded in emulator.triggers, at most 20 per user) and the enums.
// A trigger belongs to its owner and to the spreadsheet it was made in: getProjectTriggers() lists
// the user's triggers of every spreadsheet, getUserTriggers(spreadsheet) those of one.
// https://developers.google.com/apps-script/reference/script/script-app#getprojecttriggers
// ("all installable triggers associated with the current project and current user") and
// #getUserTriggers(Spreadsheet) ("owned by this user in the given spreadsheet, for this script or
// add-on only").
import { registerClass, unwrap } from './counting';
import { AuthMode, EventType, TriggerSource, WeekDay } from './enums';
import type { Env } from './env';
import { asGas, type TriggerRecord } from './types';
import { dateMs, isDate } from './values';

type GasTrigger = GoogleAppsScript.Script.Trigger;
type GasClockBuilder = GoogleAppsScript.Script.ClockTriggerBuilder;
type GasSheetBuilder = GoogleAppsScript.Script.SpreadsheetTriggerBuilder;

export const MAX_TRIGGERS = 20;

export class EmuTrigger
  implements
    Pick<
      GasTrigger,
      'getEventType' | 'getHandlerFunction' | 'getTriggerSource' | 'getTriggerSourceId' | 'getUniqueId'
    >
{
  constructor(readonly record: TriggerRecord) {}

  getEventType(): GoogleAppsScript.Script.EventType {
    return asGas(this.record.eventType);
  }

  getHandlerFunction(): string {
    return this.record.handlerFunction;
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return asGas(this.record.eventType === 'CLOCK' ? 'CLOCK' : 'SPREADSHEETS');
  }

  getTriggerSourceId(): string {
    return this.record.eventType === 'CLOCK' ? '' : (this.record.spreadsheetId ?? '');
  }

  getUniqueId(): string {
    return this.record.id;
  }
}
registerClass(EmuTrigger, 'Trigger', 'script');

/** Shared by the builders: checks the quota, records the trigger and returns its Trigger. */
class Installer {
  constructor(
    readonly env: Env,
    readonly sourceId: string,
  ) {}

  install(record: Omit<TriggerRecord, 'id'>): GasTrigger {
    if (this.env.triggers.filter((t) => t.owner === this.env.userEmail).length >= MAX_TRIGGERS) {
      throw this.env.exception(
        'Exception: This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    const full = {
      id: this.env.project.triggerId(),
      ...record,
      owner: this.env.userEmail,
    } as TriggerRecord;
    // Not enumerable: records compared whole (toEqual) stay as they were before spreadsheets were many.
    Object.defineProperty(full, 'spreadsheetId', { value: this.sourceId, enumerable: false });
    this.env.triggers.push(full);
    return asGas(new EmuTrigger(full));
  }
}

export class EmuClockTriggerBuilder
  implements
    Pick<
      GasClockBuilder,
      | 'after'
      | 'at'
      | 'atHour'
      | 'create'
      | 'everyDays'
      | 'everyHours'
      | 'everyMinutes'
      | 'everyWeeks'
      | 'inTimezone'
      | 'nearMinute'
      | 'onMonthDay'
      | 'onWeekDay'
    >
{
  private readonly record: Omit<TriggerRecord, 'id'>;

  constructor(
    private readonly installer: Installer,
    handlerFunction: string,
  ) {
    this.record = { handlerFunction, eventType: 'CLOCK' };
  }

  private set(change: Partial<TriggerRecord>): GasClockBuilder {
    Object.assign(this.record, change);
    return asGas(this);
  }

  private invalid(what: string): Error {
    return this.installer.env.exception(`Exception: Invalid argument: ${what}`);
  }

  after(durationMilliseconds: number): GasClockBuilder {
    return this.set({ at: new Date(this.installer.env.now().getTime() + durationMilliseconds) });
  }

  at(date: Date): GasClockBuilder {
    if (!isDate(date)) throw this.invalid('date');
    return this.set({ at: new Date(dateMs(date)) });
  }

  atHour(hour: number): GasClockBuilder {
    if (!(Number.isInteger(hour) && hour >= 0 && hour <= 23)) throw this.invalid('hour');
    return this.set({ atHour: hour });
  }

  everyDays(n: number): GasClockBuilder {
    if (!(Number.isInteger(n) && n >= 1)) throw this.invalid('n');
    return this.set({ everyDays: n });
  }

  everyHours(n: number): GasClockBuilder {
    if (![1, 2, 4, 6, 8, 12].includes(n)) throw this.invalid('n');
    return this.set({ everyHours: n });
  }

  everyMinutes(n: number): GasClockBuilder {
    if (![1, 5, 10, 15, 30].includes(n)) throw this.invalid('n');
    return this.set({ everyMinutes: n });
  }

  everyWeeks(n: number): GasClockBuilder {
    if (!(Number.isInteger(n) && n >= 1)) throw this.invalid('n');
    return this.set({ everyWeeks: n });
  }

  inTimezone(timezone: string): GasClockBuilder {
    return this.set({ timeZone: String(timezone) });
  }

  nearMinute(minute: number): GasClockBuilder {
    if (!(Number.isInteger(minute) && minute >= 0 && minute <= 59)) throw this.invalid('minute');
    return this.set({ nearMinute: minute });
  }

  onMonthDay(day: number): GasClockBuilder {
    if (!(Number.isInteger(day) && day >= 1 && day <= 31)) throw this.invalid('day');
    return this.set({ monthDay: day });
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): GasClockBuilder {
    return this.set({ weekDay: String(day) });
  }

  create(): GasTrigger {
    return this.installer.install({ ...this.record });
  }
}
registerClass(EmuClockTriggerBuilder, 'ClockTriggerBuilder', 'builder');

export class EmuSpreadsheetTriggerBuilder
  implements Pick<GasSheetBuilder, 'create' | 'onChange' | 'onEdit' | 'onFormSubmit' | 'onOpen'>
{
  private eventType: TriggerRecord['eventType'] | undefined;

  constructor(
    private readonly installer: Installer,
    private readonly handlerFunction: string,
  ) {}

  private on(eventType: TriggerRecord['eventType']): GasSheetBuilder {
    this.eventType = eventType;
    return asGas(this);
  }

  onChange(): GasSheetBuilder {
    return this.on('ON_CHANGE');
  }

  onEdit(): GasSheetBuilder {
    return this.on('ON_EDIT');
  }

  onFormSubmit(): GasSheetBuilder {
    return this.on('ON_FORM_SUBMIT');
  }

  onOpen(): GasSheetBuilder {
    return this.on('ON_OPEN');
  }

  create(): GasTrigger {
    if (!this.eventType) throw this.installer.env.exception('Exception: Missing event type for the trigger.');
    return this.installer.install({ handlerFunction: this.handlerFunction, eventType: this.eventType });
  }
}
registerClass(EmuSpreadsheetTriggerBuilder, 'SpreadsheetTriggerBuilder', 'builder');

export class EmuTriggerBuilder
  implements Pick<GoogleAppsScript.Script.TriggerBuilder, 'forSpreadsheet' | 'timeBased'>
{
  constructor(
    private readonly installer: Installer,
    private readonly handlerFunction: string,
  ) {}

  forSpreadsheet(_sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): GasSheetBuilder {
    return asGas(new EmuSpreadsheetTriggerBuilder(this.installer, this.handlerFunction));
  }

  timeBased(): GasClockBuilder {
    return asGas(new EmuClockTriggerBuilder(this.installer, this.handlerFunction));
  }
}
registerClass(EmuTriggerBuilder, 'TriggerBuilder', 'builder');

export class EmuScriptApp
  implements
    Pick<
      GoogleAppsScript.Script.ScriptApp,
      'deleteTrigger' | 'getProjectTriggers' | 'getScriptId' | 'getUserTriggers' | 'newTrigger'
    >
{
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;
  private readonly installer: Installer;

  constructor(
    private readonly env: Env,
    spreadsheetId: string,
  ) {
    this.installer = new Installer(env, spreadsheetId);
  }

  /** Installable triggers run as, and are visible only to, the user who created them. */
  private triggers(spreadsheetId?: string): GasTrigger[] {
    return this.env.triggers
      .filter((r) => r.owner === this.env.userEmail)
      .filter((r) => spreadsheetId === undefined || r.spreadsheetId === spreadsheetId)
      .map((r) => asGas(new EmuTrigger(r)));
  }

  deleteTrigger(trigger: GasTrigger): void {
    const raw = unwrap(trigger);
    if (!(raw instanceof EmuTrigger)) throw this.env.exception('Exception: Invalid argument: trigger');
    const i = this.env.triggers.findIndex((t) => t.id === raw.record.id && t.owner === this.env.userEmail);
    if (i >= 0) this.env.triggers.splice(i, 1);
  }

  getProjectTriggers(): GasTrigger[] {
    return this.triggers();
  }

  getScriptId(): string {
    return '1EmuLatedScriptId00000000000000000000000000000000000000';
  }

  /** This user's triggers made in the given spreadsheet. */
  getUserTriggers(container: object): GasTrigger[] {
    const id = (unwrap(container) as { getId?: () => string } | null)?.getId?.();
    if (typeof id !== 'string') throw this.env.exception('Exception: Invalid argument: spreadsheet');
    return this.triggers(id);
  }

  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    return asGas(new EmuTriggerBuilder(this.installer, String(functionName)));
  }
}
registerClass(EmuScriptApp, 'ScriptApp', 'script');
