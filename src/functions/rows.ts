/**
 * Shared plumbing of the custom functions: a RowError becomes that row's "#ERROR: ..." cell while
 * other rows are still computed, and a CallError becomes a thrown Error that Sheets shows on the
 * formula cell.
 */
import { CallError, errorCell, RowError } from '../core/values';

export type CellResult = number | string | Date;

/** The cell for a row whose rule threw: its message for a RowError; anything else is a bug and rethrown. */
export function rowErrorCell(error: unknown): string {
  if (error instanceof RowError) return errorCell(error);
  throw error;
}

/** Sheets shows the message of an Error thrown by a custom function; keep it plain and actionable. */
export function asCallError(functionName: string, error: unknown): Error {
  if (error instanceof CallError) return new Error(`${functionName}: ${error.message}`);
  return error instanceof Error ? error : new Error(String(error));
}
