/**
 * Shapes of custom-function arguments. Sheets passes a single cell as a value and a range as a
 * 2-D array (rows of columns); these helpers let the rules treat both alike.
 */
import { CallError } from './values';

export type Grid = unknown[][];

/** A scalar becomes a 1 x 1 grid; an omitted argument stays undefined. */
export function toGrid(arg: unknown): Grid | undefined {
  if (arg === undefined) return undefined;
  if (Array.isArray(arg)) {
    if (arg.length === 0) return [[]];
    return Array.isArray(arg[0]) ? (arg as Grid) : [arg as unknown[]];
  }
  return [[arg]];
}

export function width(grid: Grid): number {
  return grid[0]?.length ?? 0;
}

/**
 * A per-row argument: a scalar (applies to every row) or a single column, read by row index.
 * One class with a flat array keeps `at` monomorphic in loops over 100,000 rows.
 */
export class RowArg {
  private constructor(
    /** The column's rows, read in place (no copy); for a scalar, one row holding it. */
    private readonly rows: Grid,
    readonly isColumn: boolean,
  ) {}

  static scalar(value: unknown): RowArg {
    return new RowArg([[value]], false);
  }

  static column(grid: Grid): RowArg {
    return new RowArg(grid, true);
  }

  get height(): number {
    return this.rows.length;
  }

  at(row: number): unknown {
    return this.rows[this.isColumn ? row : 0][0];
  }
}

export function rowArg(arg: unknown, name: string): RowArg | undefined {
  const grid = toGrid(arg);
  if (grid === undefined) return undefined;
  if (grid.length === 1 && width(grid) === 1) return RowArg.scalar(grid[0][0]);
  if (width(grid) !== 1) {
    throw new CallError(
      `${name} must be a single value or a single column (got ${grid.length} x ${width(grid)})`,
    );
  }
  return RowArg.column(grid);
}

/**
 * The common height of the column arguments; scalars fit any height.
 * Differing heights are a call error naming each argument's height.
 */
export function commonHeight(args: Array<[string, RowArg | undefined]>): number {
  const columns = args.filter((entry): entry is [string, RowArg] => entry[1]?.isColumn === true);
  if (columns.length === 0) return 1;
  const height = columns[0][1].height;
  if (columns.some(([, arg]) => arg.height !== height)) {
    const described = columns.map(([name, arg]) => `${name} ${arg.height}`).join(', ');
    throw new CallError(`ranges must have the same number of rows (got ${described})`);
  }
  return height;
}
