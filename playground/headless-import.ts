// The headless form of Import results (`npm start -- --run "Import results" --input export.csv
// book.xlsx`): the dialog's steps without the dialog. The file is parsed with the same core the page
// uses and the totals go to the same server function, importResults, through the session, so the
// run is one execution of the bundle as google.script.run would make it.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { MAX_EXPORT_BYTES, tooLargeMessage } from '../src/core/results/export-text';
import type { ImportContext, ImportOutcome } from '../src/core/results/import-contract';
import { prepareImport } from '../src/core/results/prepare-import';
import { RESULT_SOURCES, type ResultSource } from '../src/core/results/results-sheet';
import type { PlaygroundSession } from './session';

export interface HeadlessImportOptions {
  readonly input: string;
  /** Every row belongs to this partnership (a producer's channel export). */
  readonly partnership?: string;
  /** Overrides the layout recognised. */
  readonly source?: string;
}

/** Runs the import; returns the lines to print, or throws the message a person would have seen. */
export function runImportHeadless(session: PlaygroundSession, options: HeadlessImportOptions): string[] {
  const size = statSync(options.input).size;
  if (size > MAX_EXPORT_BYTES) throw new Error(tooLargeMessage(size));
  const source = options.source?.trim();
  const wanted =
    source === undefined ? undefined : RESULT_SOURCES.find((s) => s.toLowerCase() === source.toLowerCase());
  if (source !== undefined && wanted === undefined) {
    throw new Error(`--source must be one of ${RESULT_SOURCES.join(', ')}`);
  }
  const opened = session.capture(() => session.addon.gas.getImportContext(), true);
  if (!opened.ok) throw new Error(opened.error);
  const context = opened.value as ImportContext;
  const prepared = prepareImport(readFileSync(options.input, 'utf8'), basename(options.input), context, {
    wholeFile: options.partnership ?? null,
    source: wanted as ResultSource | undefined,
  });
  const lines: string[] = [];
  const preview = prepared.preview;
  if (preview) {
    lines.push(
      `Read ${preview.rowsRead} rows as ${preview.source}: ${preview.attributedRows} attributed, ${preview.unattributedRows} unattributed.`,
    );
    for (const u of preview.unattributed.slice(0, 20))
      lines.push(`  unattributed: ${u.value} (${u.rows} rows, ${u.reason})`);
    for (const note of preview.notes) lines.push(`note: ${note}`);
  }
  if (!prepared.ok) throw new Error([...lines, prepared.message].join('\n'));
  const sent = session.capture(() => session.addon.gas.importResults(prepared.payload), true);
  if (!sent.ok) throw new Error([...lines, sent.error].join('\n'));
  lines.push((sent.value as ImportOutcome).message);
  return lines;
}
