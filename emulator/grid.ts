// One layer of a sheet (values, formulas, notes, a format...): rows of plain arrays, allocated lazily,
// so 10,000-row reads and writes are array slices rather than per-cell objects. Indexes are 0-based.

export class Grid<T> {
  rows: (T[] | undefined)[] = [];

  constructor(readonly blank: T) {}

  get(r: number, c: number): T {
    const row = this.rows[r];
    if (!row) return this.blank;
    const v = row[c];
    return v === undefined ? this.blank : v;
  }

  set(r: number, c: number, v: T): void {
    let row = this.rows[r];
    if (!row) {
      if (v === this.blank) return;
      while (this.rows.length < r) this.rows.push(undefined);
      row = [];
      this.rows[r] = row;
    }
    // Pad rather than leave holes: holey arrays are slower and slice() would copy the holes.
    while (row.length < c) row.push(this.blank);
    row[c] = v;
  }

  /** A fresh nr x nc array (padded with the blank value). */
  read(r0: number, c0: number, nr: number, nc: number): T[][] {
    const out: T[][] = new Array(nr);
    const blank = this.blank;
    for (let i = 0; i < nr; i++) {
      const src = this.rows[r0 + i];
      if (!src || src.length <= c0) {
        out[i] = new Array<T>(nc).fill(blank);
        continue;
      }
      const row = src.slice(c0, c0 + nc);
      while (row.length < nc) row.push(blank);
      out[i] = row;
    }
    return out;
  }

  /** Writes `values` (already the right shape) with its top-left at (r0, c0). */
  write(r0: number, c0: number, values: readonly (readonly T[])[]): void {
    for (let i = 0; i < values.length; i++) {
      const src = values[i];
      let row = this.rows[r0 + i];
      if (!row) {
        while (this.rows.length < r0 + i) this.rows.push(undefined);
        row = [];
        this.rows[r0 + i] = row;
      }
      while (row.length < c0) row.push(this.blank);
      for (let j = 0; j < src.length; j++) row[c0 + j] = src[j];
    }
  }

  /** Sets every cell of the rectangle to `v` (the blank value clears). */
  fill(r0: number, c0: number, nr: number, nc: number, v: T): void {
    const end = Math.min(r0 + nr, v === this.blank ? this.rows.length : r0 + nr);
    for (let r = r0; r < end; r++) {
      const row = this.rows[r];
      if (!row && v === this.blank) continue;
      for (let c = c0; c < c0 + nc; c++) this.set(r, c, v);
    }
  }

  clear(): void {
    this.rows = [];
  }

  isEmpty(): boolean {
    return this.rows.length === 0;
  }

  insertRows(at: number, n: number): void {
    if (at >= this.rows.length) return;
    this.rows = this.rows.slice(0, at).concat(new Array(n).fill(undefined), this.rows.slice(at));
  }

  deleteRows(at: number, n: number): void {
    this.rows.splice(at, n);
  }

  insertCols(at: number, n: number): void {
    const blanks = new Array<T>(n).fill(this.blank);
    for (const row of this.rows) if (row && row.length > at) row.splice(at, 0, ...blanks);
  }

  deleteCols(at: number, n: number): void {
    for (const row of this.rows) if (row) row.splice(at, n);
  }

  /** Rows start..start+order.length-1 become the rows at the (absolute) indexes in `order`. */
  permuteRows(start: number, order: readonly number[]): void {
    const moved = order.map((i) => this.rows[i]);
    while (this.rows.length < start + order.length) this.rows.push(undefined);
    for (let i = 0; i < moved.length; i++) this.rows[start + i] = moved[i];
  }

  /** Calls fn for each cell that is not blank, in row then column order. */
  forEach(fn: (r: number, c: number, v: T) => void): void {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) if (row[c] !== this.blank) fn(r, c, row[c]);
    }
  }

  /** Number of rows up to the last one holding a non-empty cell (0 when none). */
  lastRow(isEmpty: (v: T) => boolean = (v) => v === this.blank): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (row?.some((v) => !isEmpty(v))) return r + 1;
    }
    return 0;
  }

  /** Number of columns up to the last one holding a non-empty cell (0 when none). */
  lastCol(isEmpty: (v: T) => boolean = (v) => v === this.blank): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c--) {
        if (!isEmpty(row[c])) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }
}
