/**
 * The dialog's steps in one call, for the headless run, the tests and the bench: read the text,
 * recognise its layout, attribute and total its rows, and build what importResults receives. The
 * dialog runs the same steps one by one, so the person can correct the mapping between them.
 */
import { type ImportPreview, previewImport } from './attribution';
import { buildDirectory } from './directory';
import { readExportText } from './export-text';
import { type ColumnMapping, detectFormat, suggestMapping, unknownLayoutMessage } from './formats';
import type { ImportContext, ImportPayload } from './import-contract';
import type { ResultSource } from './results-sheet';

export interface PrepareOptions {
  /** Every row belongs to this partnership (a producer's channel export). */
  readonly wholeFile?: string | null;
  /** Overrides the layout found. */
  readonly source?: ResultSource;
  /** Overrides roles of the mapping found. */
  readonly mapping?: ColumnMapping;
}

export type Prepared =
  | { readonly ok: true; readonly preview: ImportPreview; readonly payload: ImportPayload }
  | { readonly ok: false; readonly message: string; readonly preview?: ImportPreview };

export function prepareImport(
  text: string,
  fileName: string,
  context: ImportContext,
  options: PrepareOptions = {},
): Prepared {
  const read = readExportText(text);
  if (!read.ok) return read;
  const detected = detectFormat(read.table.headers, read.table.comments.length > 0);
  if (!detected && !options.source) return { ok: false, message: unknownLayoutMessage(read.table.headers) };
  const source = options.source ?? detected!.source;
  const preview = previewImport(read.table, buildDirectory(context.partnerships), {
    source,
    mapping: {
      ...(detected?.source === source ? detected.mapping : suggestMapping(read.table.headers, source)),
      ...options.mapping,
    },
    wholeFile: options.wholeFile ?? null,
    currency: context.currency,
  });
  if (preview.problems.length > 0) return { ok: false, message: preview.problems.join('\n'), preview };
  if (preview.totals.length === 0) {
    return {
      ok: false,
      message: 'No row of the file belongs to a partnership of the Pipeline: nothing to import.',
      preview,
    };
  }
  return {
    ok: true,
    preview,
    payload: {
      source,
      fileName,
      currency: preview.currency,
      totals: preview.totals,
      rowsRead: preview.rowsRead,
      unattributedRows: preview.unattributedRows,
    },
  };
}
