// In-memory emulation of the Apps Script services the add-on uses, for jest integration tests (via
// loadBundle) and a local playground. Never bundled into the add-on.
import { EmuCacheService } from './cache';
import { EmuCharts } from './charts';
import { attachEnv, Env } from './env';
import { execute } from './execution';
import { EmuHtmlService } from './html';
import { EmuLockService } from './lock';
import { Project } from './project';
import { EmuPropertiesService } from './properties';
import { EmuScriptApp } from './script-app';
import { EmuSession } from './session';
import { EmuSpreadsheet } from './spreadsheet';
import { EmuSpreadsheetApp } from './spreadsheet-app';
import type { Emulator, EmulatorOptions, FormulaEvaluator, LockControl } from './types';
import { asGas } from './types';
import { EmuUi } from './ui';
import { EmuUserActions } from './user-actions';
import { EmuLogger, EmuUtilities, quietConsole } from './utilities';

export type { AuthModeName } from './auth-modes';
export type { Execution, ExecutionKind, ExecutionOptions } from './execution';
export { ROUND_TRIP_MS, TIME_LIMIT_MS } from './execution';
export { loadBundle, loadDist } from './load-bundle';
export type {
  CallCounter,
  CellSnapshot,
  EditEvent,
  Emulator,
  EmulatorOptions,
  FormulaEvaluator,
  LockControl,
  MenuRecord,
  Service,
  TriggerRecord,
  UiRecorder,
  UserActions,
} from './types';

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  return emulatorFor(new Env(options, new Project()), options);
}

/** One spreadsheet of the project's user: its own Env, the project's shared stores. */
function emulatorFor(env: Env, options: EmulatorOptions): Emulator {
  const spreadsheet = new EmuSpreadsheet(env, options.spreadsheetName ?? 'Untitled spreadsheet');
  const services: Record<string, object> = {
    SpreadsheetApp: new EmuSpreadsheetApp(env, spreadsheet, new EmuUi(env)),
    PropertiesService: new EmuPropertiesService(env),
    CacheService: new EmuCacheService(env),
    LockService: new EmuLockService(env),
    HtmlService: new EmuHtmlService(env),
    ScriptApp: new EmuScriptApp(env, spreadsheet.getId()),
    Session: new EmuSession(env),
    Utilities: new EmuUtilities(env),
    Logger: new EmuLogger(env),
    Charts: new EmuCharts(),
  };
  const globals: Record<string, unknown> = {};
  for (const [name, service] of Object.entries(services)) globals[name] = env.wrap(service);
  globals.console = quietConsole(env);

  const lock: LockControl = {
    get heldElsewhere() {
      return env.lock.heldElsewhere;
    },
    set heldElsewhere(held: boolean) {
      env.lock.heldElsewhere = held;
    },
    get maxHeld() {
      return env.lock.maxHeld;
    },
    get outsideDocument() {
      return env.lock.outsideDocument;
    },
    set outsideDocument(outside: boolean) {
      env.lock.outsideDocument = outside;
    },
  };

  const emulator: Emulator = {
    globals,
    spreadsheet: env.wrap(asGas(spreadsheet)),
    calls: env.counter,
    ui: env.ui,
    lock,
    triggers: env.triggers,
    user: new EmuUserActions(env, spreadsheet),
    logs: env.logs,
    spillErrors: env.spillErrors,
    get formulaEvaluator(): FormulaEvaluator | undefined {
      return env.formulaEvaluator;
    },
    set formulaEvaluator(evaluator: FormulaEvaluator | undefined) {
      env.formulaEvaluator = evaluator;
      env.version++; // every formula's value may change
    },
    setUser(email: string) {
      env.userEmail = email;
    },
    setLocale(locale: string) {
      env.locale = locale;
      env.version++; // formulas are parsed in the locale
    },
    get blankCheckboxesReadFalse(): boolean {
      return env.blankCheckboxesReadFalse;
    },
    set blankCheckboxesReadFalse(on: boolean) {
      env.blankCheckboxesReadFalse = on;
      env.version++;
    },
    setNow(d: Date) {
      const ms = d.getTime();
      env.now = () => new Date(ms);
    },
    execute(kind, run, runOptions) {
      return execute(env, kind, run, runOptions);
    },
    openAnother(more: EmulatorOptions = {}) {
      // Same user, same clock (it follows this emulator's setNow), the project's shared stores.
      const next = new Env(
        { ...options, spreadsheetName: undefined, ...more, userEmail: env.userEmail, now: () => env.now() },
        env.project,
      );
      return emulatorFor(next, { ...options, ...more });
    },
  };
  attachEnv(emulator, env);
  return emulator;
}
