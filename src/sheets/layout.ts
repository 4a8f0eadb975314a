/**
 * Where the add-on last saw its two keyed sheets, kept in the document's properties (read in the
 * same call as the stage records, so it costs no round trip of its own): the Pipeline's sheet ID and
 * ID column, and the Checklist ticks sheet's ID and header. With it, one TextFinder search over the
 * spreadsheet finds a partnership's Pipeline row and its row of ticks at once.
 *
 * It is a hint, never trusted blindly: a match counts only on the remembered sheet and column, and
 * anything not found that way falls back to reading the sheets, which also refreshes the hint.
 * The header of the ticks sheet changes only through the add-on (the sheet is hidden and protected
 * with a warning); every full read of it (Validate all rows) refreshes the hint too.
 */

const LAYOUT = 'pp.layout';

export interface SheetLayout {
  readonly pipeline?: { readonly sheetId: number; readonly idColumn: number };
  readonly ticks?: { readonly sheetId: number; readonly header: readonly string[] };
  /**
   * Seen once: a search over the whole spreadsheet found a cell of the hidden ticks sheet. Until
   * then a search that finds no row of ticks is checked by a search of that sheet alone, since
   * Google's reference does not say whether hidden sheets are searched.
   */
  readonly hiddenSheetsSearched?: true;
}

/** The layout kept in the store (from all its properties), or an empty one when missing or damaged. */
export function parseLayout(all: Readonly<Record<string, string>>): SheetLayout {
  try {
    const parsed = JSON.parse(all[LAYOUT] ?? '{}') as SheetLayout;
    const pipeline =
      Number.isInteger(parsed.pipeline?.sheetId) && Number.isInteger(parsed.pipeline?.idColumn)
        ? parsed.pipeline
        : undefined;
    const ticks =
      Number.isInteger(parsed.ticks?.sheetId) &&
      Array.isArray(parsed.ticks?.header) &&
      parsed.ticks.header.every((key) => typeof key === 'string')
        ? parsed.ticks
        : undefined;
    return {
      ...(pipeline ? { pipeline } : {}),
      ...(ticks ? { ticks } : {}),
      ...(parsed.hiddenSheetsSearched === true ? { hiddenSheetsSearched: true as const } : {}),
    };
  } catch {
    return {};
  }
}

/** The layout alone: one read of its property (when the whole store is not read anyway). */
export function readLayout(): SheetLayout {
  const text = PropertiesService.getDocumentProperties().getProperty(LAYOUT);
  return text === null ? {} : parseLayout({ [LAYOUT]: text });
}

/**
 * The layout with what was just read from a sheet; writes the property only when that changed it
 * (call under the document lock). Nothing is kept between calls: each execution reads the store
 * again, as Apps Script starts every execution afresh. A full store is not an error here: the
 * hint just stays as it was.
 */
export function rememberLayout(before: SheetLayout, part: SheetLayout): SheetLayout {
  const next: SheetLayout = { ...before, ...part };
  if (JSON.stringify(next) === JSON.stringify(before)) return before;
  try {
    PropertiesService.getDocumentProperties().setProperty(LAYOUT, JSON.stringify(next));
  } catch (error) {
    if (!/quota|too large/i.test(String((error as Error)?.message ?? error))) throw error;
  }
  return next;
}
