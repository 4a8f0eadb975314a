// State shared by all the emulated services of one emulator (clock, counters, recorders, error realm).
import { type AuthModeName, forbiddenCall, missingScope } from './auth-modes';
import { Counter, Wrapper } from './counting';
import { ROUND_TRIP_MS } from './execution';
import { usesDecimalComma } from './locale';
import { Project } from './project';
import type { EmulatorOptions, FormulaEvaluator, TriggerRecord, UiRecorder } from './types';

export class Env {
  readonly counter = new Counter();
  readonly wrapper = new Wrapper(this.counter);
  readonly logs: string[] = [];
  /** Shared with the user's other spreadsheets (emulator.openAnother). */
  readonly project: Project;
  /** The run's authorization mode (emulator.execute sets it); calls it forbids throw. */
  authMode: AuthModeName = 'FULL';
  /** False while a run has no containing document (a time-driven run started without one). */
  documentContext = true;
  /** The manifest's scopes, when given: calls needing another scope throw. */
  readonly oauthScopes?: readonly string[];
  /** Modelled cost of one Sheets round trip (emulator.execute). */
  readonly roundTripMs: number;
  readonly ui: UiRecorder = {
    menus: [],
    alerts: [],
    sidebars: [],
    dialogs: [],
    toasts: [],
    alertResponses: [],
    prompts: [],
    promptResponses: [],
  };
  readonly lock = { heldElsewhere: false, held: 0, maxHeld: 0, outsideDocument: false };
  /** The spreadsheet's locale: number and formula separators follow it. */
  locale: string;
  /** Blank cells under a checkbox rule read FALSE (and count for getLastRow), as Sheets may do. */
  blankCheckboxesReadFalse: boolean;
  /** Text criteria of conditional format rules read back trimmed (a round trip through the UI). */
  trimConditionText: boolean;
  readonly scriptTimeZone: string;
  userEmail: string;
  readonly htmlFiles: Record<string, string>;
  readonly addonName: string;
  now: () => Date;
  formulaEvaluator?: FormulaEvaluator;
  /** Why a formula shows '#REF!' because its result could not spill, keyed 'Sheet!row,col' (1-based). */
  readonly spillErrors = new Map<string, string>();
  /** Bumped by anything that can change a formula's result; formulas are re-evaluated lazily on read. */
  version = 0;
  /**
   * Errors are made with the Error of the vm context the bundle runs in (set by loadBundle), so that
   * `e instanceof Error` inside the add-on holds as it does in Apps Script.
   */
  ErrorCtor: ErrorConstructor = Error;

  constructor(options: EmulatorOptions, project = new Project()) {
    this.project = project;
    this.oauthScopes = options.oauthScopes;
    this.roundTripMs = options.roundTripMs ?? ROUND_TRIP_MS;
    this.wrapper.guard = (key) => {
      const refusal = forbiddenCall(this.authMode, key) ?? missingScope(this.oauthScopes, key);
      if (refusal) throw this.exception(refusal);
    };
    this.scriptTimeZone = options.timeZone ?? 'Etc/UTC';
    this.userEmail = options.userEmail ?? 'user@example.com';
    this.htmlFiles = options.htmlFiles ?? {};
    this.addonName = options.addonName ?? 'Producer Partnerships';
    this.now = options.now ?? (() => new Date());
    this.locale = options.locale ?? 'en_US';
    this.blankCheckboxesReadFalse = options.blankCheckboxesReadFalse ?? false;
    this.trimConditionText = options.trimConditionText ?? false;
  }

  /** Every installable trigger of the script (all users, all spreadsheets). */
  get triggers(): TriggerRecord[] {
    return this.project.triggers;
  }

  /** Whether the spreadsheet's locale writes decimals with a comma (see custom-functions.ts). */
  decimalComma(): boolean {
    return usesDecimalComma(this.locale);
  }

  exception(message: string): Error {
    return new this.ErrorCtor(message);
  }

  wrap<T>(value: T): T {
    return this.wrapper.wrap(value);
  }
}

const envs = new WeakMap<object, Env>();

/** Links an Emulator object to its Env (kept off the public API). */
export function attachEnv(emulator: object, env: Env): void {
  envs.set(emulator, env);
}

export function envOf(emulator: object): Env {
  const env = envs.get(emulator);
  if (!env) throw new Error('Not an emulator made by createEmulator()');
  return env;
}
