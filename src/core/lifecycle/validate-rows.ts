/**
 * Validating a block of Pipeline rows as a whole: IDs for new partnerships, a Status per row, the
 * stage records to keep, duplicate IDs. Pure, so the onEdit trigger and "Validate all rows" share
 * it and it is tested without a sheet. The adapters only read the block and write what changed.
 */

import { shortText } from '../user-text';
import { isBlank, textKey } from '../values';
import type { Ticks } from './checklists';
import { statusText } from './findings';
import {
  type ColumnMap,
  formatId,
  idNumber,
  missingColumns,
  type PipelineField,
  RULE_FIELDS,
  readRow,
} from './pipeline';
import { isBlankRow } from './row-cells';
import { validateRow } from './row-rules';
import { decodeStageRecord, encodeStageRecord } from './stage-record';

/** Columns without which rows cannot be validated or kept: the rules' columns and the ID. */
export const REQUIRED_FIELDS: readonly PipelineField[] = ['id', ...RULE_FIELDS];

interface BlockInput {
  /** The block's cells, full width, as read from the sheet. */
  readonly rows: readonly (readonly unknown[])[];
  /** 1-based sheet row of rows[0], for messages. */
  readonly firstRow: number;
  readonly map: ColumnMap;
  readonly now: number;
  /** Encoded stage records by ID. A Map: IDs are user text, and "constructor" is a fine ID. */
  readonly stageRecords: ReadonlyMap<string, string>;
  /** Next ID number to hand out. */
  readonly nextId: number;
  /** Producers over the reliance limit (key from textKey) and their share of sales. */
  readonly overReliance: ReadonlyMap<string, number>;
  /** Report IDs used by more than one row (only meaningful when the block is the whole sheet). */
  readonly checkDuplicates?: boolean;
  /** Checklist ticks by ID, when the spreadsheet keeps checklists; a partnership not in it has none. */
  readonly checklistTicks?: ReadonlyMap<string, Ticks>;
  /** The latest results month by ID, when the spreadsheet keeps a Results sheet. */
  readonly latestResults?: ReadonlyMap<string, string>;
}

const NO_TICKS: Ticks = new Map();

export interface BlockResult {
  /**
   * New IDs by row; undefined where the cell keeps what it holds, so only cells that receive an ID
   * are written (a formula or a typed '007 in another row is never rewritten with its value).
   */
  readonly ids: (string | undefined)[];
  readonly idsChanged: boolean;
  /** Status per row; undefined where the cell holds someone else's text and must not be touched. */
  readonly statuses: (string | undefined)[];
  readonly statusesChanged: boolean;
  /** Sheet rows whose Status cell holds text the add-on did not write. */
  readonly foreignStatusRows: number[];
  /** Stage records that changed, encoded, by ID. */
  readonly changedRecords: Map<string, string>;
  /** Every ID in the block (trimmed), for pruning records of IDs no longer in the Pipeline. */
  readonly seenIds: Set<string>;
  readonly nextId: number;
  readonly missing: PipelineField[];
  readonly totals: { rows: number; ok: number; errors: number; warningsOnly: number };
}

export function validateBlock(input: BlockInput): BlockResult {
  const { map, rows } = input;
  const missing = missingColumns(map, REQUIRED_FIELDS);
  const idColumn = map.id;
  const statusColumn = map.status;
  let nextId = input.nextId;
  const ids: (string | undefined)[] = new Array(rows.length).fill(undefined);
  let idsChanged = false;
  const seenIds = new Set<string>();
  const statuses: (string | undefined)[] = new Array(rows.length);
  const foreignStatusRows: number[] = [];
  let statusesChanged = false;
  const changedRecords = new Map<string, string>();
  const totals = { rows: 0, ok: 0, errors: 0, warningsOnly: 0 };

  const firstRowOfId = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const row = readRow(rows[i], map);
    // Every ID still in the sheet keeps its record, even on a row emptied for now.
    if (idColumn !== undefined && !isBlank(rows[i][idColumn])) seenIds.add(String(rows[i][idColumn]).trim());
    if (isBlankRow(row)) {
      statuses[i] = '';
    } else {
      const cell = idColumn === undefined ? '' : rows[i][idColumn];
      if (idColumn !== undefined && isBlank(cell) && !isBlank(row.producer)) {
        ids[i] = formatId(nextId++);
        idsChanged = true;
      }
      const idCell = ids[i] ?? cell;
      const id = isBlank(idCell) ? undefined : String(idCell).trim();
      if (id !== undefined) seenIds.add(id);
      const previous = id === undefined ? undefined : decodeStageRecord(input.stageRecords.get(id));
      const verdict = validateRow(row, {
        now: input.now,
        previous,
        missingFields: missing,
        overRelianceShare: isBlank(row.producer) ? undefined : input.overReliance.get(textKey(row.producer)),
        checklistTicks: input.checklistTicks && ((id && input.checklistTicks.get(id)) || NO_TICKS),
        results: input.latestResults && {
          latestMonth: id === undefined ? undefined : input.latestResults.get(id),
        },
      });
      const findings = [...verdict.findings];
      let duplicate = false;
      if (id !== undefined && input.checkDuplicates) {
        const first = firstRowOfId.get(id);
        duplicate = first !== undefined;
        if (first === undefined) firstRowOfId.set(id, input.firstRow + i);
        else
          findings.unshift({
            severity: 'error',
            message: `duplicate ID ${shortText(id)} (also row ${first}): clear this ID to get a new one`,
          });
      }
      // A duplicate's stage belongs to the first row with the ID.
      if (id !== undefined && verdict.record && !duplicate) {
        const encoded = encodeStageRecord(verdict.record);
        if (input.stageRecords.get(id) !== encoded) changedRecords.set(id, encoded);
      }
      statuses[i] = statusText(findings);
      totals.rows++;
      if (findings.length === 0) totals.ok++;
      else if (findings.some((f) => f.severity === 'error')) totals.errors++;
      else totals.warningsOnly++;
    }
    const current = statusColumn === undefined ? '' : rows[i][statusColumn];
    if (!isBlank(current) && !isAddonStatus(current)) {
      // Text someone else put in Status (an imported tracker's own column): left alone.
      statuses[i] = undefined;
      foreignStatusRows.push(input.firstRow + i);
    } else if (statuses[i] !== (current ?? '')) statusesChanged = true;
  }
  return {
    ids,
    idsChanged,
    statuses,
    statusesChanged,
    changedRecords,
    seenIds,
    nextId,
    missing,
    totals,
    foreignStatusRows,
  };
}

const ADDON_STATUS = /^(OK|\d+ errors?(, \d+ warnings?)?: [\s\S]*|\d+ warnings?: [\s\S]*)$/;

/** Whether a Status cell holds what the add-on writes ("OK", "2 errors, 1 warning: ..."). */
export function isAddonStatus(value: unknown): boolean {
  return typeof value === 'string' && ADDON_STATUS.test(value);
}

/** The next ID number: past both the stored counter and every ID in the sheet. */
export function nextIdAfter(stored: number, idCells: readonly unknown[]): number {
  let next = Math.max(1, stored);
  for (const cell of idCells) {
    const n = idNumber(cell);
    if (n !== undefined && n >= next) next = n + 1;
  }
  return next;
}
