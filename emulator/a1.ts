// A1 notation: column letters, 'A1', 'A1:B5', open-ended 'E2:G', whole columns 'A:C', whole rows '2:4',
// and "'Sheet name'!A1" prefixes.

export interface GridRect {
  /** 1-based */
  row: number;
  /** 1-based */
  col: number;
  numRows: number;
  numCols: number;
}

export function columnToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function toA1(rect: GridRect): string {
  const start = `${columnToLetters(rect.col)}${rect.row}`;
  if (rect.numRows === 1 && rect.numCols === 1) return start;
  return `${start}:${columnToLetters(rect.col + rect.numCols - 1)}${rect.row + rect.numRows - 1}`;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

interface Part {
  col?: number;
  row?: number;
}

function parsePart(s: string): Part | null {
  const m = PART.exec(s.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const part: Part = {};
  if (m[1]) part.col = lettersToColumn(m[1]);
  if (m[2]) {
    part.row = Number(m[2]);
    if (part.row < 1) return null;
  }
  return part;
}

/** Parses A1 notation (no sheet prefix) against a sheet's size; null when it is not valid A1. */
export function parseA1(a1: string, maxRows: number, maxCols: number): GridRect | null {
  const pieces = a1.split(':');
  if (pieces.length > 2) return null;
  const a = parsePart(pieces[0]);
  if (!a) return null;
  if (pieces.length === 1) {
    if (a.col === undefined || a.row === undefined) return null;
    return { row: a.row, col: a.col, numRows: 1, numCols: 1 };
  }
  const b = parsePart(pieces[1]);
  if (!b) return null;
  // A missing row means "to the edge" ('A:A', 'E2:G'), a missing column likewise ('2:4').
  const r1 = a.row ?? 1;
  const c1 = a.col ?? 1;
  const r2 = b.row ?? (a.row !== undefined && b.col === undefined ? a.row : maxRows);
  const c2 = b.col ?? (a.col !== undefined && b.row === undefined ? a.col : maxCols);
  if (a.col === undefined && b.col !== undefined) return null; // '2:B5' is not A1
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}

/** Splits "'My sheet'!A1:B2" / "Sheet1!A1" into sheet name and A1; sheetName undefined when absent. */
export function splitSheetName(ref: string): { sheetName?: string; a1: string } {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return { a1: ref };
  let name = ref.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2)
    name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, a1: ref.slice(bang + 1) };
}
