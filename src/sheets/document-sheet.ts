/**
 * Writes a document (rows of typed cells, src/core/brief/document.ts: a brief, a debrief, a
 * statement) to the sheet of that name: one setNumberFormats, setValues, setFontWeights and
 * setBackgrounds over the whole block. Writing it again replaces the sheet's content in place; a
 * sheet of that name holding anything else (its A1 does not start with the document's title) is
 * never cleared.
 */
import { parseIsoDate } from '../core/brief/check';
import type { DocCell, DocRow, DocStyle } from '../core/brief/document';
import { midnightInZone } from './time-zone';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

/** How one kind of document is laid out. */
export interface DocumentLayout {
  /** Columns of the block. */
  readonly width: number;
  /** Pixels of column A, and of every other column. */
  readonly columnWidths: readonly [first: number, rest: number];
  /** The number format of money cells ("$#,##0.00" for a brief; none for a statement's currency). */
  readonly money: string;
}

const BACKGROUNDS: Record<DocStyle, string | null> = {
  title: null,
  heading: '#e8f0fe',
  tableHeader: '#f1f3f4',
  body: null,
  flag: '#fce8e6',
  blank: null,
};

/**
 * Text is always written with a leading apostrophe: Sheets stores what follows as text and hides
 * the apostrophe, so "=HYPERLINK(...)", "+1" or "2024" typed in a document stay exactly as typed.
 */
function cellValue(cell: DocCell, timeZone: string): unknown {
  switch (cell.kind) {
    case 'text':
      return cell.text === '' ? '' : `'${cell.text}`;
    case 'date': {
      const d = parseIsoDate(cell.iso);
      return d ? midnightInZone(d.year, d.month, d.day, timeZone) : `'${cell.iso}`;
    }
    default:
      return cell.value;
  }
}

/** A new sheet of that name, sized for the document; undefined when Sheets refuses the insert. */
function insertDocumentSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  layout: DocumentLayout,
  refusal: 'throw' | 'undefined',
): Sheet | undefined {
  let made: Sheet;
  try {
    made = ss.insertSheet(name);
  } catch (error) {
    // Sheets refuses a name already taken (in any case); its message may be in the user's
    // language, so any refusal sends the caller back to looking the sheet up.
    if (refusal === 'throw') throw error;
    return undefined;
  }
  made.setColumnWidth(1, layout.columnWidths[0]);
  made.setColumnWidths(2, layout.width - 1, layout.columnWidths[1]);
  return made;
}

/**
 * The sheet named `name`, made ready for the document: cleared when it holds this document (its
 * A1 starts with `titlePrefix`) or nothing, made when missing; null when it holds something else.
 * `likelyNew` (the Pipeline row does not name the sheet yet) tries the insert first: a new
 * document costs no lookup, and a sheet that exists after all costs the refused insert.
 */
function documentSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  titlePrefix: string,
  layout: DocumentLayout,
  likelyNew: boolean,
): Sheet | null {
  if (likelyNew) {
    const made = insertDocumentSheet(ss, name, layout, 'undefined');
    if (made) return made;
  }
  const sheet = ss.getSheetByName(name);
  if (sheet) {
    if (sheet.getLastRow() > 0 && !String(sheet.getRange(1, 1).getValue()).startsWith(titlePrefix))
      return null;
    sheet.clear();
    return sheet;
  }
  return insertDocumentSheet(ss, name, layout, 'throw') ?? null;
}

/** Writes the document; null (and nothing written) when a sheet of that name holds something else. */
export function writeDocumentSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  titlePrefix: string,
  rows: readonly DocRow[],
  timeZone: string,
  layout: DocumentLayout,
  likelyNew = false,
): Sheet | null {
  const sheet = documentSheet(ss, name, titlePrefix, layout, likelyNew);
  if (!sheet) return null;
  const { width } = layout;
  const formats: Record<DocCell['kind'], string> = {
    text: '@',
    money: layout.money,
    percent: '0.0%',
    number: '#,##0',
    date: 'yyyy-mm-dd',
  };
  const values: unknown[][] = [];
  const numberFormats: string[][] = [];
  const weights: FontWeight[][] = [];
  const backgrounds: (string | null)[][] = [];
  for (const row of rows) {
    const bold = row.style === 'title' || row.style === 'heading' || row.style === 'tableHeader';
    const cells: unknown[] = [];
    const rowFormats: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row.cells[c];
      cells.push(cell ? cellValue(cell, timeZone) : '');
      rowFormats.push(formats[cell?.kind ?? 'text']);
    }
    values.push(cells);
    numberFormats.push(rowFormats);
    weights.push(new Array<FontWeight>(width).fill(bold ? 'bold' : 'normal'));
    backgrounds.push(new Array(width).fill(BACKGROUNDS[row.style]));
  }
  const block = sheet.getRange(1, 1, rows.length, width);
  block.setNumberFormats(numberFormats);
  block.setValues(values);
  block.setFontWeights(weights);
  block.setBackgrounds(backgrounds);
  return sheet;
}
