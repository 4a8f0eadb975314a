// One execution as Apps Script runs it: an authorization mode, a containing document or none, and a
// time limit. Time is modelled, not waited for: each counted Sheets round trip costs ROUND_TRIP_MS,
// plus the run's own compute time measured here (which includes the emulator's work of moving the
// cells, so large reads and writes cost more). A run past its limit throws as Apps Script stops it.
import type { AuthModeName } from './auth-modes';
import type { Env } from './env';

/**
 * 7 ms per round trip: Google's best-practices page measures 10,000 per-cell setBackgroundColor
 * calls at about 70 seconds (https://developers.google.com/apps-script/guides/support/best-practices,
 * "Use batch operations"), i.e. 7 ms a call.
 */
export const ROUND_TRIP_MS = 7;

/**
 * Simple triggers "cannot run for longer than 30 seconds"
 * (https://developers.google.com/apps-script/guides/triggers#restrictions); every other execution
 * (menu items, sidebar calls, installable triggers) 6 minutes
 * (https://developers.google.com/apps-script/guides/services/quotas, "Script runtime").
 */
export const TIME_LIMIT_MS = {
  simpleTrigger: 30_000,
  menu: 360_000,
  server: 360_000,
  timeDriven: 360_000,
} as const;

export type ExecutionKind = keyof typeof TIME_LIMIT_MS;

export interface ExecutionOptions {
  /** Default: LIMITED for a simple trigger, FULL otherwise. */
  authMode?: AuthModeName;
  /** False: no containing document (getActiveSpreadsheet() is null, no Ui, no document lock). */
  documentContext?: boolean;
}

export interface Execution<T> {
  readonly value: T;
  readonly roundTrips: number;
  readonly computeMs: number;
  /** roundTrips × the round-trip cost + computeMs. */
  readonly modelMs: number;
  readonly limitMs: number;
}

export function execute<T>(
  env: Env,
  kind: ExecutionKind,
  run: () => T,
  options: ExecutionOptions = {},
): Execution<T> {
  const before = { authMode: env.authMode, documentContext: env.documentContext };
  env.authMode = options.authMode ?? (kind === 'simpleTrigger' ? 'LIMITED' : 'FULL');
  env.documentContext = options.documentContext ?? true;
  const trips = env.counter.roundTrips();
  const start = performance.now();
  try {
    const value = run();
    const computeMs = performance.now() - start;
    const roundTrips = env.counter.roundTrips() - trips;
    const modelMs = roundTrips * env.roundTripMs + computeMs;
    const limitMs = TIME_LIMIT_MS[kind];
    if (modelMs > limitMs) {
      throw env.exception(
        `Exceeded maximum execution time (${Math.round(modelMs / 1000)} s modelled: ${roundTrips} round trips, ${Math.round(computeMs)} ms compute; limit ${limitMs / 1000} s)`,
      );
    }
    return { value, roundTrips, computeMs, modelMs, limitMs };
  } finally {
    env.authMode = before.authMode;
    env.documentContext = before.documentContext;
  }
}
