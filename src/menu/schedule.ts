/**
 * "Schedule monthly forecast" and "Stop monthly forecast": one time-driven trigger per spreadsheet,
 * on the 1st of each month around 6:00 in the spreadsheet's time zone, running the same forecast
 * as the menu (entry point runScheduledForecast).
 *
 * An installed add-on runs in every spreadsheet its user opens, and getProjectTriggers() returns the
 * user's triggers of all of them; getUserTriggers(spreadsheet) returns "the installable triggers
 * owned by this user in the given spreadsheet, for this script or add-on only"
 * (https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)),
 * so each workbook sees and stops only its own schedule.
 */
import { BUSY_TOAST, TOAST_TITLE } from '../core/messages';
import { withDocumentLock } from '../sheets/lock';
import { forgetScheduledSpreadsheet, rememberScheduledSpreadsheet } from './scheduled-spreadsheet';

/** The entry point in src/entry.ts the trigger calls. */
const SCHEDULED_HANDLER = 'runScheduledForecast';
export const SCHEDULED_BY = 'pp.forecastScheduledBy';

/** This user's schedule in this spreadsheet (installable triggers belong to the user who made them). */
function scheduledTriggers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(ss).filter((t) => t.getHandlerFunction() === SCHEDULED_HANDLER);
}

const OTHER_EDITOR =
  'Another editor scheduled the monthly forecast: it runs as them, and only they can stop it. If it no longer runs, use Schedule monthly forecast to take it over.';

/** Who scheduled the forecast in this spreadsheet: nobody can see another user's triggers. */
interface ScheduleHolder {
  /** Session.getTemporaryActiveUserKey() of the editor (no extra scope; rotates every 30 days). */
  readonly key: string;
  readonly since: string;
}

function readHolder(properties: GoogleAppsScript.Properties.Properties): ScheduleHolder | undefined {
  try {
    const holder = JSON.parse(properties.getProperty(SCHEDULED_BY) ?? 'null') as ScheduleHolder | null;
    return holder?.key ? holder : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One schedule per spreadsheet, not per editor. When the record names someone else, whose trigger
 * this user cannot see, the user is asked before scheduling under their own account (the other
 * trigger may have been removed, or their key may have rotated).
 */
export function scheduleMonthlyForecast(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const me = Session.getTemporaryActiveUserKey();
  const properties = PropertiesService.getDocumentProperties();
  if (scheduledTriggers(ss).length > 0) {
    ss.toast('The monthly forecast is already scheduled.', TOAST_TITLE, 10);
    return;
  }
  const holder = readHolder(properties);
  if (holder && holder.key !== me) {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.alert(
      'Monthly forecast',
      `Another editor scheduled the monthly forecast (${holder.since.slice(0, 10)}). If it no longer runs, schedule it under your account instead? If it still runs, it would then run twice.`,
      ui.ButtonSet.YES_NO,
    );
    if (answer !== ui.Button.YES) {
      ss.toast('The schedule was left as it is.', TOAST_TITLE, 10);
      return;
    }
  }
  const outcome = withDocumentLock(() => {
    if (scheduledTriggers(ss).length > 0) return 'The monthly forecast is already scheduled.';
    const trigger = ScriptApp.newTrigger(SCHEDULED_HANDLER)
      .timeBased()
      .onMonthDay(1)
      .atHour(6)
      .inTimezone(timeZone)
      .create();
    rememberScheduledSpreadsheet(trigger.getUniqueId(), ss);
    const record: ScheduleHolder = { key: me, since: new Date().toISOString() };
    properties.setProperty(SCHEDULED_BY, JSON.stringify(record));
    return `The forecast will run on the 1st of each month around 6:00 (${timeZone}).`;
  });
  ss.toast(outcome.ran ? outcome.value : BUSY_TOAST, TOAST_TITLE, 10);
}

export function stopMonthlyForecast(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const me = Session.getTemporaryActiveUserKey();
  const outcome = withDocumentLock(() => {
    const properties = PropertiesService.getDocumentProperties();
    const triggers = scheduledTriggers(ss);
    for (const trigger of triggers) ScriptApp.deleteTrigger(trigger);
    forgetScheduledSpreadsheet(triggers.map((t) => t.getUniqueId()));
    const holder = readHolder(properties);
    if (triggers.length === 0 && holder && holder.key !== me) return OTHER_EDITOR;
    properties.deleteProperty(SCHEDULED_BY);
    return triggers.length
      ? 'The monthly forecast is no longer scheduled.'
      : 'The monthly forecast was not scheduled.';
  });
  ss.toast(outcome.ran ? outcome.value : BUSY_TOAST, TOAST_TITLE, 10);
}
