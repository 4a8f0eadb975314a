// Public types of the emulator, and the one helper that claims an Apps Script type for an emulated object.
import type { Execution, ExecutionKind, ExecutionOptions } from './execution';

export type GasRange = GoogleAppsScript.Spreadsheet.Range;
export type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
export type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Emulated classes implement only a `Pick` of their Apps Script interface, so a method whose real return
 * type is (say) `Range` cannot return `this` as-is. This is the single place where that claim is made.
 */
export function asGas<T>(emulated: unknown): T {
  return emulated as T;
}

export type Service =
  | 'spreadsheet'
  | 'ui'
  | 'properties'
  | 'cache'
  | 'lock'
  | 'html'
  | 'script'
  | 'session'
  | 'utilities'
  | 'charts'
  | 'builder';

export interface EmulatorOptions {
  /** Spreadsheet and script time zone. Default 'Etc/UTC'. */
  timeZone?: string;
  /** Clock. Default () => new Date(). */
  now?: () => Date;
  /** Default 'user@example.com'. */
  userEmail?: string;
  /** name (without .html) -> content, for HtmlService.createHtmlOutputFromFile. */
  htmlFiles?: Record<string, string>;
  /** Default 'Untitled spreadsheet'. */
  spreadsheetName?: string;
  /** Title recorded for Ui.createAddonMenu(). Default 'Producer Partnerships'. */
  addonName?: string;
  /** The spreadsheet's locale (getSpreadsheetLocale). Default 'en_US'. */
  locale?: string;
  /** Blank cells under a checkbox rule read FALSE. Default false. */
  blankCheckboxesReadFalse?: boolean;
  /** Text criteria of conditional format rules read back trimmed. Default false. */
  trimConditionText?: boolean;
  /** The manifest's oauthScopes: a call needing another scope throws. Default: not checked. */
  oauthScopes?: readonly string[];
  /** Modelled cost of one Sheets round trip in emulator.execute. Default ROUND_TRIP_MS (7 ms). */
  roundTripMs?: number;
}

export interface CallCounter {
  total(service?: Service): number;
  /** e.g. { 'Range.getValues': 3, 'Sheet.getRange': 2 } */
  byMethod(): Record<string, number>;
  /**
   * Spreadsheet calls that reach the Sheets backend: every spreadsheet call except those that only
   * read a handle's own coordinates or identity (see HANDLE_METHODS in counting.ts).
   */
  roundTrips(): number;
  reset(): void;
}

export interface MenuRecord {
  title: string;
  items: { caption: string; functionName: string }[];
}

export interface UiRecorder {
  /** After addToUi. Separators are caption '---', functionName ''. Sub-menu items are 'Sub > Item'. */
  menus: MenuRecord[];
  alerts: { title?: string; prompt: string; buttons?: string }[];
  sidebars: { title: string; html: string }[];
  dialogs: { title: string; html: string }[];
  toasts: { message: string; title?: string; timeoutSeconds?: number }[];
  /** Queue of button names ('YES', 'NO', 'OK', 'CANCEL') returned by alert(); default 'OK'. */
  alertResponses: string[];
  /** prompt() dialogs shown, as alerts are. */
  prompts: { title?: string; prompt: string; buttons?: string }[];
  /** Queue of answers prompt() returns: the text typed and the button ('OK' unless told); default OK with no text. */
  promptResponses: { text: string; button?: string }[];
}

export interface TriggerRecord {
  id: string;
  handlerFunction: string;
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE';
  monthDay?: number;
  atHour?: number;
  timeZone?: string;
  nearMinute?: number;
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  weekDay?: string;
  /** For one-off clock triggers (ClockTriggerBuilder.at / after). */
  at?: Date;
  /** The user who installed it: only they see it in getProjectTriggers, and it runs as them. */
  owner?: string;
  /** The spreadsheet it was made in (getUserTriggers(spreadsheet) lists it there); not enumerable. */
  readonly spreadsheetId?: string;
}

export interface CellSnapshot {
  value: unknown;
  formula: string;
  note: string;
  background: string;
  numberFormat: string;
  fontWeight: string;
  /** A description of the data validation (criteria type and values), or null. */
  validation: string | null;
}

export interface EditEvent {
  range: GasRange;
  /** As in Sheets: a string, present only for a one-cell edit whose new value is non-empty. */
  value?: unknown;
  /** As in Sheets: a string, present only for a one-cell edit whose old value was non-empty. */
  oldValue?: unknown;
  source: GasSpreadsheet;
  authMode: unknown;
  user: { getEmail(): string };
  triggerUid?: string;
}

export interface UserActions {
  setValues(sheetName: string, a1: string, values: unknown[][]): void;
  getValues(sheetName: string, a1?: string): unknown[][];
  edit(sheetName: string, a1: string, values: unknown[][]): EditEvent;
  /**
   * A Ctrl-selected multi-range edit (a paste or a clear over several ranges): each range gets its
   * values (a blank string clears), all of them become the active range list, and the one onEdit
   * event carries only the last range, as Sheets sends it.
   */
  editRanges(sheetName: string, parts: ReadonlyArray<readonly [a1: string, values: unknown[][]]>): EditEvent;
  /** A dropdown display style chosen in the Sheets UI (chip, arrow): a script's rewrite loses it. */
  setDropdownStyle(sheetName: string, a1: string, style: string): void;
  select(sheetName: string, a1: string): void;
  sortRows(sheetName: string, fromRow: number, column: number, ascending?: boolean): void;
  insertColumnBefore(sheetName: string, column: number): void;
  deleteRows(sheetName: string, row: number, howMany: number): void;
  insertRowsBefore(sheetName: string, row: number, howMany: number): void;
  cell(sheetName: string, a1: string): CellSnapshot;
  snapshot(sheetName: string): CellSnapshot[][];
}

/** Computes a formula cell's value; a 2-D array result spills right/down into empty cells. */
export type FormulaEvaluator = (formula: string, sheetName: string, row: number, col: number) => unknown;

export interface LockControl {
  /** When true, tryLock returns false and waitLock throws. */
  heldElsewhere: boolean;
  /** The most locks held at once so far. */
  readonly maxHeld: number;
  /**
   * When true, the run has no containing document (as a time-driven trigger may find itself), and
   * LockService.getDocumentLock() returns null.
   */
  outsideDocument: boolean;
}

export interface Emulator {
  /** What to put in a vm context: SpreadsheetApp, PropertiesService, ..., Logger, console. */
  globals: Record<string, unknown>;
  /** The active spreadsheet (a counted proxy; prefer `user` helpers in tests). */
  spreadsheet: GasSpreadsheet;
  calls: CallCounter;
  ui: UiRecorder;
  lock: LockControl;
  /** Installed installable triggers (live array). */
  triggers: TriggerRecord[];
  /** Uncounted actions of a person at the keyboard. */
  user: UserActions;
  /** Messages from Logger.log and console.* (warn/error prefixed '[warn] ' / '[error] '). */
  logs: string[];
  /** Why a formula shows '#REF!' (its result could not spill), keyed 'Sheet!row,col' (1-based). */
  readonly spillErrors: ReadonlyMap<string, string>;
  /** Optional formula engine; without it a formula cell's value is "". */
  formulaEvaluator?: FormulaEvaluator;
  setNow(d: Date): void;
  /** The spreadsheet's locale from now on (also Spreadsheet.setSpreadsheetLocale). */
  setLocale(locale: string): void;
  /** Blank cells under a checkbox rule read FALSE from now on (or not). */
  blankCheckboxesReadFalse: boolean;
  /** Another person at the keyboard from now on (Session, trigger ownership). */
  setUser(email: string): void;
  /**
   * Another spreadsheet the same user opens with the add-on installed: its own sheets, document
   * properties, locks and UI; the same user properties, script properties and installable triggers
   * (one project); the same user at first and the same clock. Load the bundle into it separately.
   */
  openAnother(options?: EmulatorOptions): Emulator;
  /**
   * Runs `run` as one Apps Script execution of a kind: its authorization mode (a forbidden call
   * throws as in Sheets), with or without a containing document, within its time limit (30 s for a
   * simple trigger, 6 min otherwise), modelled from the round trips counted and the compute time.
   */
  execute<T>(kind: ExecutionKind, run: () => T, options?: ExecutionOptions): Execution<T>;
}
