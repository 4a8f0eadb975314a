// Shared by the BigQuery tests: the generated SQL (what `npm run build` wrote; jest's globalSetup
// builds first), its functions loaded as BigQuery runs them, and seeded random values.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadUdfs, type Udf } from '../../emulator/bigquery/udf-runtime';

export const SQL_PATH = join(__dirname, '..', '..', 'dist', 'bigquery', 'producer_partnerships.sql');
export const SQL = readFileSync(SQL_PATH, 'utf8');

export function udf(name: string): Udf {
  const found = loadUdfs(SQL).get(name);
  if (!found) throw new Error(`no function ${name} in ${SQL_PATH}`);
  return found;
}

/** A small seeded generator (mulberry32), so a failing row can be found again. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
  const chance = (p: number): boolean => next() < p;
  /** A number in [min, max] with up to `decimals` decimals. */
  const amount = (min: number, max: number, decimals = 2): number => {
    const scale = 10 ** int(0, decimals);
    return Math.round((min + next() * (max - min)) * scale) / scale;
  };
  return { next, int, pick, chance, amount };
}

/** What a custom function's cell shows, as the UDF's STRUCT<value, error> gives it back. */
export function asChecked(cell: unknown): { value: number | null; error: string | null } {
  if (typeof cell === 'number') return { value: cell, error: null };
  if (cell === '') return { value: null, error: null };
  if (typeof cell === 'string' && cell.startsWith('#ERROR: ')) return { value: null, error: cell };
  throw new Error(`unexpected cell ${JSON.stringify(cell)}`);
}

/** NULL in a query is a blank cell in Sheets. */
export const asCell = (value: unknown): unknown => (value === null ? '' : value);

/** The message of what `run` throws, or undefined. */
export function thrown(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
