/**
 * Partnerships as the sidebar sees them: found by ID (never by row number, so sorting cannot
 * break a sidebar left open), the selected Pipeline row's ID, and the list to pick from.
 * One read of the Pipeline's data range per call.
 */

import {
  type ColumnMap,
  mapColumns,
  PIPELINE_SHEET,
  type PipelineRow,
  parseStage,
  readRow,
  type Stage,
} from '../core/lifecycle/pipeline';
import { NO_PIPELINE, partnershipGoneMessage } from '../core/messages';
import type { PartnershipSummary } from '../core/sidebar-contract';
import { isBlank } from '../core/values';
import { sheetValues } from '../sheets/sheet-values';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface PipelineSnapshot {
  readonly sheet: Sheet;
  readonly map: ColumnMap;
  /** Data rows (below the header), full width. */
  readonly rows: unknown[][];
}

export function readPipeline(ss = SpreadsheetApp.getActiveSpreadsheet()): PipelineSnapshot {
  const sheet = ss.getSheetByName(PIPELINE_SHEET);
  if (!sheet) throw new Error(NO_PIPELINE);
  const values = sheetValues(sheet);
  const map = mapColumns(values[0] ?? []);
  if (map.id === undefined) throw new Error('The Pipeline has no ID column: run Set up workbook.');
  return { sheet, map, rows: values.slice(1) };
}

const idOf = (row: readonly unknown[], map: ColumnMap): string => String(row[map.id!] ?? '').trim();

export function summaries(snapshot: PipelineSnapshot): PartnershipSummary[] {
  const { map, rows } = snapshot;
  const list: PartnershipSummary[] = [];
  for (const row of rows) {
    const id = idOf(row, map);
    if (id === '') continue;
    const text = (column: number | undefined) =>
      column === undefined ? '' : String(row[column] ?? '').trim();
    list.push({ id, producer: text(map.producer), stage: text(map.stage) });
  }
  return list;
}

/** The row of a partnership: its 0-based index in rows, and its cells by field. */
export function findPartnership(
  snapshot: PipelineSnapshot,
  id: string,
): { index: number; row: PipelineRow; summary: PartnershipSummary } {
  const wanted = String(id ?? '').trim();
  const index = snapshot.rows.findIndex((row) => idOf(row, snapshot.map) === wanted);
  if (wanted === '' || index < 0) {
    throw new Error(partnershipGoneMessage(wanted));
  }
  const row = readRow(snapshot.rows[index], snapshot.map);
  const text = (value: unknown) => (isBlank(value) ? '' : String(value).trim());
  return { index, row, summary: { id: wanted, producer: text(row.producer), stage: text(row.stage) } };
}

/** The ID in the selected Pipeline row, or null when the selection is elsewhere or has no ID. */
export function selectedId(snapshot: PipelineSnapshot): string | null {
  const range = SpreadsheetApp.getActiveSpreadsheet().getActiveRange();
  if (!range || range.getSheet().getName() !== PIPELINE_SHEET) return null;
  const row = snapshot.rows[range.getRow() - 2];
  if (!row) return null;
  const id = idOf(row, snapshot.map);
  return id === '' ? null : id;
}

/**
 * Where a partnership's row is now and its stage, or the readable message when it is gone. Reads
 * the header, then the ID-to-Stage columns only (not the whole Pipeline), so a tick costs the same
 * at any size.
 */
export function locatePartnership(id: string): { sheet: Sheet; sheetRow: number; stage: Stage | undefined } {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(PIPELINE_SHEET);
  if (!sheet) throw new Error(NO_PIPELINE);
  const map = mapColumns(sheet.getRange('1:1').getValues()[0]);
  const last = sheet.getLastRow();
  const wanted = String(id ?? '').trim();
  let index = -1;
  let stage: unknown;
  if (map.id !== undefined && last >= 2) {
    // One read of the columns from ID to Stage (usually a few), not of every column.
    const first = Math.min(map.id, map.stage ?? map.id);
    const width = Math.max(map.id, map.stage ?? map.id) - first + 1;
    const block = sheet.getRange(2, first + 1, last - 1, width).getValues();
    index = block.findIndex((row) => String(row[map.id! - first]).trim() === wanted);
    if (index >= 0 && map.stage !== undefined) stage = block[index][map.stage - first];
  }
  if (wanted === '' || index < 0) {
    throw new Error(partnershipGoneMessage(wanted));
  }
  return { sheet, sheetRow: index + 2, stage: parseStage(stage) };
}

/** The partnership IDs in the Pipeline now: the header, then the ID column alone (two reads). */
export function pipelineIds(): Set<string> {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(PIPELINE_SHEET);
  if (!sheet) throw new Error(NO_PIPELINE);
  const map = mapColumns(sheet.getRange('1:1').getValues()[0]);
  if (map.id === undefined) throw new Error('The Pipeline has no ID column: run Set up workbook.');
  const last = sheet.getLastRow();
  const ids = new Set<string>();
  if (last < 2) return ids;
  for (const [cell] of sheet.getRange(2, map.id + 1, last - 1, 1).getValues()) {
    const id = String(cell ?? '').trim();
    if (id !== '') ids.add(id);
  }
  return ids;
}
