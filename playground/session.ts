// One playground session: the built add-on on one workbook file, driven as Sheets drives it. People's
// edits fire the bundle's onEdit with a Sheets-shaped event; the menu is the one its onOpen
// registered; time-driven triggers run on request; sidebars it opens are kept for the page to show.
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { transportCopy } from '../bridge/transport-copy';
import { quoted } from '../src/core/user-text';
import { type Addon, loadAddonWorkbook, startAddon } from './addon';
import { ruleStyles } from './conditional-formats';
import type { ActionResult, PlaygroundState, SheetView } from './protocol';
import { rejection, sheetWidgets } from './validation-view';
import { saveWorkbook, wallClockToInstant } from './workbook-file';

const MARGIN_ROWS = 20;
const MARGIN_COLS = 3;
const MIN_ROWS = 40;
const MIN_COLS = 12;
/**
 * The most cells the page is sent of one sheet: a file may hold a cell in row 1,000,000 (a sheet
 * Sheets allows), and the whole grid as JSON would take the server a minute and the page far more.
 * The add-on still reads and writes every cell; the page shows the top-left part and says so.
 */
export const VIEW_MAX_CELLS = 250_000;
export const VIEW_MAX_COLS = 300;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export class PlaygroundSession {
  /** Sidebar and dialog pages by random id, so only the page that opened one can load it. */
  readonly pages = new Map<string, { title: string; html: string }>();
  private readonly serviceNames: Set<string>;
  /** onOpen's error, shown by the page when it loads (Sheets then shows no add-on menu). */
  openError?: string;

  private constructor(
    readonly addon: Addon,
    readonly file: string,
  ) {
    this.serviceNames = new Set([...Object.keys(addon.emu.globals), 'Date']);
  }

  static async open(distDir: string, file: string, timeZone: string): Promise<PlaygroundSession> {
    const addon = startAddon(distDir, { timeZone });
    await loadAddonWorkbook(addon, file);
    // An .xlsx has no spreadsheet title: the file's name stands in for it.
    addon.emu.spreadsheet.rename(basename(file).replace(/\.xlsx$/i, ''));
    const session = new PlaygroundSession(addon, file);
    const { emu } = addon;
    // Sheets runs onOpen when the file opens; a simple trigger runs in AuthMode.LIMITED.
    const opened = session.capture(
      () =>
        emu.execute('simpleTrigger', () =>
          addon.gas.onOpen?.({ authMode: 'LIMITED', source: emu.spreadsheet, user: { getEmail: () => '' } }),
        ).value,
    );
    if (!opened.ok) session.openError = `onOpen failed: ${opened.error}`;
    return session;
  }

  /**
   * Runs fn as one execution of the script and reports what it showed (or the error it threw). Only
   * google.script.run hands the return value on.
   */
  capture(fn: () => unknown, keepValue = false): ActionResult {
    const ui = this.addon.emu.ui;
    const start = {
      toasts: ui.toasts.length,
      alerts: ui.alerts.length,
      sidebars: ui.sidebars.length,
      dialogs: ui.dialogs.length,
    };
    const result: ActionResult = { ok: true, ui: { toasts: [], alerts: [], sidebars: [], dialogs: [] } };
    try {
      const value = fn();
      if (keepValue) result.value = value;
    } catch (error) {
      result.ok = false;
      result.error = messageOf(error);
    }
    result.ui.toasts = ui.toasts.slice(start.toasts).map((t) => ({ message: t.message, title: t.title }));
    result.ui.alerts = ui.alerts.slice(start.alerts);
    result.ui.sidebars = ui.sidebars.slice(start.sidebars).map((page) => this.keepPage(page));
    result.ui.dialogs = ui.dialogs.slice(start.dialogs).map((page) => this.keepPage(page));
    return result;
  }

  private keepPage(page: { title: string; html: string }): { id: string; title: string } {
    const id = randomBytes(16).toString('hex');
    this.pages.set(id, page);
    return { id, title: page.title };
  }

  /**
   * Why a block of cells (1-based) cannot be edited: no such sheet, or it reaches past the sheet's
   * last row or column (a page never sends that; a hand-made request may). Undefined when it can.
   */
  editRefusal(
    sheetName: string,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ): string | undefined {
    const sheet = this.addon.emu.spreadsheet.getSheetByName(sheetName);
    if (!sheet) return `There is no sheet named ${quoted(sheetName)}.`;
    const maxRows = sheet.getMaxRows();
    const maxCols = sheet.getMaxColumns();
    if (row + numRows - 1 > maxRows || col + numCols - 1 > maxCols) {
      return `The edit is outside the sheet: ${quoted(sheetName)} has ${maxRows} rows and ${maxCols} columns.`;
    }
    return undefined;
  }

  /** A person types values into a block starting at (row, col), 1-based; onEdit follows. */
  edit(sheetName: string, row: number, col: number, values: string[][]): ActionResult {
    const { emu, gas } = this.addon;
    const refusal = this.editRefusal(sheetName, row, col, values.length, values[0]?.length ?? 1);
    if (refusal) return this.failure(refusal);
    const sheet = emu.spreadsheet.getSheetByName(sheetName)!;
    // A "Reject the input" rule refuses the whole entry before anything is written, as Sheets does.
    const refused = rejection(sheet, row, col, values);
    if (refused) return this.failure(refused);
    const typed = values.map((r) => r.map((v) => this.typed(v)));
    const a1 = sheet.getRange(row, col).getA1Notation();
    let event: ReturnType<typeof emu.user.edit>;
    try {
      event = emu.user.edit(sheetName, a1, typed);
    } catch (error) {
      return this.failure(messageOf(error));
    }
    // A simple trigger: AuthMode.LIMITED and 30 s, as in Sheets (emulator.execute).
    return this.capture(() => emu.execute('simpleTrigger', () => gas.onEdit?.(event)).value);
  }

  /**
   * The person's selection, as Sheets keeps it: the active sheet and range that the script sees
   * (getActiveSheet, getActiveRange), e.g. the row a sidebar works on.
   */
  select(sheetName: string, row: number, col: number, numRows: number, numCols: number): ActionResult {
    const ss = this.addon.emu.spreadsheet;
    const sheet = ss.getSheetByName(sheetName);
    if (!sheet) return this.failure(`There is no sheet named "${sheetName}".`);
    if (row + numRows - 1 > sheet.getMaxRows() || col + numCols - 1 > sheet.getMaxColumns()) {
      return this.failure('The selection is outside the sheet.');
    }
    ss.setActiveSheet(sheet);
    ss.setActiveRange(sheet.getRange(row, col, numRows, numCols));
    return { ok: true, ui: { toasts: [], alerts: [], sidebars: [], dialogs: [] } };
  }

  /** Sheets reads a typed 2026-03-01 as a date (midnight in the spreadsheet's time zone). */
  private typed(text: string): unknown {
    const m = ISO_DAY.exec(text.trim());
    if (!m) return text;
    const wall = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return wallClockToInstant(wall, this.addon.emu.spreadsheet.getSpreadsheetTimeZone());
  }

  /** Runs a function of the menu that onOpen registered (and nothing else). */
  runMenuItem(functionName: string): ActionResult {
    const registered = this.addon.emu.ui.menus.some((m) =>
      m.items.some((i) => i.functionName === functionName),
    );
    if (!registered) return this.failure(`"${functionName}" is not an item of the add-on's menu.`);
    const fn = this.addon.gas[functionName];
    if (typeof fn !== 'function') {
      return this.failure(`Script function not found: ${functionName}`);
    }
    return this.capture(() => this.addon.emu.execute('menu', () => fn()).value);
  }

  /** Runs every installed time-driven trigger now, with the event Apps Script passes. */
  runTimeTriggers(): ActionResult & { ran: string[] } {
    const { emu, gas } = this.addon;
    const clocks = emu.triggers.filter((t) => t.eventType === 'CLOCK');
    const ran: string[] = [];
    const errors: string[] = [];
    const combined: ActionResult = { ok: true, ui: { toasts: [], alerts: [], sidebars: [], dialogs: [] } };
    for (const trigger of clocks) {
      const fn = gas[trigger.handlerFunction];
      const result =
        typeof fn === 'function'
          ? this.capture(() => emu.execute('timeDriven', () => fn(timeDrivenEvent(trigger.id))).value)
          : this.failure(`Script function not found: ${trigger.handlerFunction}`);
      ran.push(trigger.handlerFunction);
      if (!result.ok) errors.push(`${trigger.handlerFunction}: ${result.error}`);
      for (const key of ['toasts', 'alerts', 'sidebars', 'dialogs'] as const) {
        (combined.ui[key] as unknown[]).push(...result.ui[key]);
      }
    }
    if (errors.length > 0) {
      combined.ok = false;
      // Apps Script emails the trigger's owner when a time-driven run fails.
      combined.error = `A time-driven run failed (Apps Script would email its owner): ${errors.join('; ')}`;
    }
    if (clocks.length === 0) combined.ui.toasts.push({ message: 'No time-driven triggers are installed.' });
    return { ...combined, ran };
  }

  /**
   * google.script.run from a sidebar: calls a top-level function of the bundle with JSON arguments.
   * As in Apps Script, names ending in '_' are private, and a Date or function in the result fails.
   */
  scriptRun(functionName: string, args: unknown[]): ActionResult {
    const { gas } = this.addon;
    const fn = Object.hasOwn(gas, functionName) ? gas[functionName] : undefined;
    if (functionName.endsWith('_') || this.serviceNames.has(functionName) || typeof fn !== 'function') {
      return this.failure(`Script function not found: ${functionName}`);
    }
    const result = this.capture(() => this.addon.emu.execute('server', () => fn(...args)).value, true);
    if (!result.ok) return result;
    try {
      return { ...result, value: transportCopy(result.value) };
    } catch (error) {
      return { ...result, ok: false, value: undefined, error: (error as Error).message };
    }
  }

  async save(): Promise<void> {
    await saveWorkbook(this.addon.emu, this.file, this.addon.excelFormulas);
  }

  private failure(message: string): ActionResult {
    return { ok: false, error: message, ui: { toasts: [], alerts: [], sidebars: [], dialogs: [] } };
  }

  state(): PlaygroundState {
    const { emu } = this.addon;
    const ss = emu.spreadsheet;
    return {
      title: ss.getName(),
      file: this.file,
      menus: emu.ui.menus.map((m) => ({ title: m.title, items: m.items.map((i) => ({ ...i })) })),
      timeTriggers: emu.triggers.filter((t) => t.eventType === 'CLOCK').length,
      sheets: ss.getSheets().map((sheet) => this.sheetView(sheet)),
      activeSheet: ss.getActiveSheet().getName(),
      ...(this.openError ? { openError: this.openError } : {}),
    };
  }

  private sheetView(sheet: GoogleAppsScript.Spreadsheet.Sheet): SheetView {
    const name = sheet.getName();
    const allRows = Math.min(sheet.getMaxRows(), Math.max(MIN_ROWS, sheet.getLastRow() + MARGIN_ROWS));
    const allCols = Math.min(sheet.getMaxColumns(), Math.max(MIN_COLS, sheet.getLastColumn() + MARGIN_COLS));
    const cols = Math.min(allCols, VIEW_MAX_COLS);
    const rows = Math.min(allRows, Math.floor(VIEW_MAX_CELLS / cols));
    const clipped =
      rows < allRows || cols < allCols
        ? `Sheet ${quoted(name)} is too large for the page: it shows rows 1 to ${rows.toLocaleString('en-US')} and columns 1 to ${cols} of ${sheet.getLastRow().toLocaleString('en-US')} rows and ${sheet.getLastColumn()} columns (the add-on works on all of them).`
        : undefined;
    const range = sheet.getRange(1, 1, rows, cols);
    const cells = range.getDisplayValues();
    const formulaGrid = range.getFormulas();
    const weights = range.getFontWeights();
    const values = range.getValues();
    const backgrounds = range.getBackgrounds();
    const formulas: Record<string, string> = {};
    const styles: Record<string, string> = {};
    const highlighted = ruleStyles(sheet, cells);
    const { widgets, widgetCells, warnings } = sheetWidgets(range.getDataValidations(), cells);
    const notes: Record<string, string> = {};
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const key = `${r},${c}`;
        if (formulaGrid[r][c]) formulas[key] = formulaGrid[r][c];
        const css: string[] = [];
        if (weights[r][c] === 'bold') css.push('font-weight:bold');
        // Sheets aligns numbers and dates right (text left, the page's default).
        const v = values[r][c];
        if (typeof v === 'number' || Object.prototype.toString.call(v) === '[object Date]') {
          css.push('text-align:right');
        }
        if (/^#[0-9a-f]{6}$/i.test(backgrounds[r][c]) && backgrounds[r][c].toLowerCase() !== '#ffffff') {
          css.push(`background-color:${backgrounds[r][c]}`);
        }
        const rule = highlighted.get(key);
        if (rule) css.push(rule);
        if (css.length > 0) styles[key] = css.join(';');
        const cellKey = `${name}!${r + 1},${c + 1}`;
        const why = this.addon.emu.spillErrors.get(cellKey) ?? this.addon.formulaErrors.get(cellKey);
        if (why && formulas[key]) notes[key] = why;
        else if (cells[r][c].startsWith('#ERROR')) notes[key] = cells[r][c];
        else if (warnings.has(key)) notes[key] = warnings.get(key)!;
      }
    }
    const widths: number[] = [];
    for (let c = 1; c <= cols; c++) widths.push(sheet.getColumnWidth(c));
    return {
      name,
      cells,
      formulas,
      styles,
      notes,
      frozenRows: sheet.getFrozenRows(),
      widths,
      widgets,
      widgetCells,
      ...(clipped ? { clipped } : {}),
    };
  }
}

function messageOf(error: unknown): string {
  const message = (error as { message?: unknown })?.message;
  return typeof message === 'string' && message !== '' ? message : String(error);
}

/**
 * The event object of a time-driven trigger, fields in UTC as Google's example shows
 * (https://developers.google.com/apps-script/guides/triggers/events#time-driven-events).
 */
function timeDrivenEvent(triggerUid: string): Record<string, unknown> {
  const now = new Date();
  const yearStart = Date.UTC(now.getUTCFullYear(), 0, 1);
  return {
    authMode: 'FULL',
    triggerUid,
    timezone: 'UTC',
    year: now.getUTCFullYear(),
    month: now.getUTCMonth() + 1,
    'day-of-month': now.getUTCDate(),
    'day-of-week': now.getUTCDay() === 0 ? 7 : now.getUTCDay(),
    'week-of-year': Math.ceil(((now.getTime() - yearStart) / 86400000 + 1) / 7),
    hour: now.getUTCHours(),
    minute: now.getUTCMinutes(),
    second: now.getUTCSeconds(),
  };
}
