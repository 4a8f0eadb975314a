/**
 * Which spreadsheet each monthly-forecast trigger was made in, kept in the user's properties by the
 * trigger's unique ID (the time-driven event carries it as e.triggerUid).
 *
 * A time-driven event has no source (https://developers.google.com/apps-script/guides/triggers/events#time-driven-events),
 * and getActiveSpreadsheet() "returns the currently active spreadsheet, or null if there is none"
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSpreadsheet()).
 * A clock trigger fires with no document open; add-on authors report that an add-on's time-based
 * triggers belong to the script, not to a document (vtst/google-apps-scripts, VtstAddonTriggerLib).
 * So the run may find no active spreadsheet, and then has only this record to know its workbook.
 *
 * Scope: reopening it needs SpreadsheetApp.openById, i.e. https://www.googleapis.com/auth/spreadsheets
 * (every spreadsheet of the user). The manifest keeps spreadsheets.currentonly, least privilege: a
 * run that finds its workbook active (the add-on's document context) goes ahead; one that does not
 * tries openById, which that scope refuses, and fails with a message naming the workbook, which
 * Apps Script emails to the trigger's owner. Granting the wider scope in appsscript.json is the only
 * change needed to reopen it instead.
 */
const PREFIX = 'pp.scheduledIn.';

interface ScheduledIn {
  readonly id: string;
  readonly name: string;
}

/** Records a new trigger's spreadsheet, and drops the records of triggers removed elsewhere. */
export function rememberScheduledSpreadsheet(
  triggerUid: string,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): void {
  const store = PropertiesService.getUserProperties();
  const live = new Set(ScriptApp.getProjectTriggers().map((t) => t.getUniqueId()));
  for (const key of store.getKeys()) {
    if (key.startsWith(PREFIX) && !live.has(key.slice(PREFIX.length))) store.deleteProperty(key);
  }
  const record: ScheduledIn = { id: ss.getId(), name: ss.getName() };
  store.setProperty(PREFIX + triggerUid, JSON.stringify(record));
}

export function forgetScheduledSpreadsheet(triggerUids: readonly string[]): void {
  if (triggerUids.length === 0) return;
  const store = PropertiesService.getUserProperties();
  for (const uid of triggerUids) store.deleteProperty(PREFIX + uid);
}

function recordOf(triggerUid: string | undefined): ScheduledIn | undefined {
  if (!triggerUid) return undefined;
  try {
    const record = JSON.parse(
      PropertiesService.getUserProperties().getProperty(PREFIX + triggerUid) ?? 'null',
    ) as ScheduledIn | null;
    return record && typeof record.id === 'string' ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The spreadsheet a scheduled run is for: the active one when Apps Script gives it (and it is the
 * one the trigger was made in), else the recorded one reopened by ID. Throws a readable message
 * when neither is possible, so nothing is written to another workbook.
 */
export function scheduledSpreadsheet(
  triggerUid: string | undefined,
): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  const record = recordOf(triggerUid);
  if (active) {
    if (record && record.id !== active.getId())
      throw new Error(
        `This schedule belongs to the spreadsheet "${record.name}", not to "${active.getName()}"`,
      );
    return active;
  }
  if (!record)
    throw new Error('Apps Script started this run without a spreadsheet, and none is recorded for it');
  try {
    return SpreadsheetApp.openById(record.id);
  } catch {
    throw new Error(
      `Apps Script started this run without its spreadsheet "${record.name}", and the add-on may open only the spreadsheet it is used in. Open "${record.name}" and use Run monthly forecast`,
    );
  }
}
