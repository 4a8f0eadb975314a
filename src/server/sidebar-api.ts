/**
 * The functions the sidebar pages call through google.script.run (each exported again, by the
 * same name, from src/entry.ts). Arguments are untrusted JSON: drafts are normalised to the
 * schema, the server re-checks everything, and errors are thrown as readable messages, which the
 * page shows. Results are plain JSON with dates as ISO text.
 */

import { checkBrief, lengthProblems } from '../core/brief/check';
import { briefDocument } from '../core/brief/document';
import { type BriefDraft, newDraft, normalizeDraft } from '../core/brief/draft';
import { briefPrefill } from '../core/brief/prefill';
import { checklistViews, checklistWarnings, isChecklistItem, type Ticks } from '../core/lifecycle/checklists';
import { parseStage, type Stage } from '../core/lifecycle/pipeline';
import { decodeStageRecord } from '../core/lifecycle/stage-record';
import { BUSY_TOAST, partnershipGoneMessage } from '../core/messages';
import type { BriefContext, ChecklistsView, CreateBriefResult, SidebarApi } from '../core/sidebar-contract';
import { quoted } from '../core/user-text';
import { briefSheetName, writeBriefSheet } from '../sheets/brief-sheet';
import { findIdCells } from '../sheets/find-id';
import { parseLayout, readLayout } from '../sheets/layout';
import { withDocumentLock } from '../sheets/lock';
import { sheetLink } from '../sheets/sheet-link';
import { loadPipelineState } from '../sheets/state';
import { readTicks, type TickChange, writeTick, writeTickAt } from '../sheets/tick-store';
import { spreadsheetTimeZone, timeZoneName } from '../sheets/time-zone';
import { validateEditedRows } from '../sheets/validate';
import { getDebriefContext, writeDebrief } from './debrief-api';
import { loadDraft, saveDraft } from './drafts';
import {
  findPartnership,
  locatePartnership,
  pipelineIds,
  readPipeline,
  selectedId,
  summaries,
} from './partnerships';

function underLock<T>(work: () => T): T {
  const outcome = withDocumentLock(work);
  if (!outcome.ran) throw new Error(BUSY_TOAST);
  return outcome.value;
}

/** The drafts of this spreadsheet: keyed by its ID in the user's store (see drafts.ts). */
const spreadsheetId = () => SpreadsheetApp.getActiveSpreadsheet().getId();

const isoDay = (timeZone: string) => (date: Date) => Utilities.formatDate(date, timeZone, 'yyyy-MM-dd');

const requireId = (id: unknown): string => {
  if (typeof id !== 'string' || id.trim() === '')
    throw new Error('No partnership chosen: pick one from the list.');
  return id.trim();
};

export function getBriefContext(id: string | null): BriefContext {
  const snapshot = readPipeline();
  const partnerships = summaries(snapshot);
  const wanted = typeof id === 'string' && id.trim() !== '' ? id.trim() : selectedId(snapshot);
  if (wanted === null) {
    return {
      partnership: null,
      partnerships,
      draft: newDraft(),
      draftSavedAt: null,
      briefSheet: null,
      timeZone: null,
    };
  }
  const found = findPartnership(snapshot, wanted);
  const kept = loadDraft(spreadsheetId(), wanted);
  // Only a new draft needs the zone (its dates are pre-filled from the row).
  let timeZone: string | null = null;
  let draft: BriefDraft;
  if (kept) draft = kept.draft;
  else {
    timeZone = spreadsheetTimeZone();
    draft = newDraft(briefPrefill(found.row, isoDay(timeZone)));
  }
  const hasSheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(briefSheetName(wanted)) !== null;
  return {
    partnership: found.summary,
    partnerships,
    draft,
    draftSavedAt: kept?.savedAt ?? null,
    briefSheet: hasSheet ? briefSheetName(wanted) : null,
    timeZone,
  };
}

/**
 * Keeps the user's draft of a partnership in the Pipeline, within createBrief's length limits and
 * the per-draft size; says which other drafts made room, if any.
 */
export function saveBriefDraft(id: string, draft: unknown): { savedAt: string; note: string } {
  const wanted = requireId(id);
  const normalized = normalizeDraft(draft);
  const tooLong = lengthProblems(normalized);
  if (tooLong.length) {
    const more = tooLong.length > 3 ? ` (and ${tooLong.length - 3} more)` : '';
    throw new Error(
      `${tooLong
        .slice(0, 3)
        .map((e) => e.message)
        .join('; ')}${more}.`,
    );
  }
  const savedAt = new Date().toISOString();
  // One writer at a time with the brief it may be saved beside.
  const saved = underLock(() => {
    const live = pipelineIds();
    if (!live.has(wanted)) throw new Error(partnershipGoneMessage(wanted));
    return saveDraft(spreadsheetId(), wanted, normalized, savedAt, live);
  });
  // The page shows it after "Draft not saved: ".
  if (!saved.ok) throw new Error(`${saved.message.charAt(0).toUpperCase()}${saved.message.slice(1)}.`);
  return { savedAt, note: saved.note };
}

export function createBrief(id: string, input: unknown, timeZoneGiven?: unknown): CreateBriefResult {
  const wanted = requireId(id);
  const draft = normalizeDraft(input);
  const errors = checkBrief(draft, wanted);
  if (errors.length) return { ok: false, errors };
  // The zone the page was given when it opened (same spreadsheet, minutes ago), else asked now.
  const timeZone = timeZoneName(timeZoneGiven) ?? spreadsheetTimeZone();
  return underLock(() => {
    const snapshot = readPipeline();
    const { index, row } = findPartnership(snapshot, wanted);
    const rows = briefDocument(draft, { partnershipId: wanted, updated: isoDay(timeZone)(new Date()) });
    const current = typeof row.brief === 'string' ? row.brief.trim() : row.brief;
    // A row whose Brief cell does not name the sheet most likely has none: insert before looking.
    const sheetName = briefSheetName(wanted);
    const sheet = writeBriefSheet(wanted, rows, timeZone, current !== sheetName);
    const live = new Set(summaries(snapshot).map((p) => p.id));
    const kept = saveDraft(spreadsheetId(), wanted, draft, new Date().toISOString(), live);
    const briefColumn = snapshot.map.brief;
    let note: string;
    if (briefColumn === undefined) note = 'The Pipeline has no Brief column, so no row was changed.';
    else if (current === '' || current === undefined || current === null || current === sheetName) {
      // The name, linked to the sheet: a click opens the brief, and Prepare payouts finds the sheet
      // by its ID instead of asking every sheet's name. Written again when the cell already names
      // it, as the values read do not tell whether it links.
      snapshot.sheet.getRange(index + 2, briefColumn + 1).setRichTextValue(sheetLink(sheetName, sheet));
      note = `Its Brief cell links to the sheet.`;
    } else {
      note = `Its Brief cell already held other text, which was kept.`;
    }
    const draftNote = kept.ok
      ? kept.note
        ? ` ${kept.note}`
        : ''
      : ` Your draft was not kept: ${kept.message}.`;
    return {
      ok: true,
      sheetName,
      message: `Brief written to sheet ${quoted(sheetName)}. ${note}${draftNote}`,
    };
  });
}

export function getChecklists(id: string | null): ChecklistsView {
  const snapshot = readPipeline();
  const partnerships = summaries(snapshot);
  const wanted = typeof id === 'string' && id.trim() !== '' ? id.trim() : selectedId(snapshot);
  if (wanted === null) return { partnership: null, partnerships, lists: [] };
  const found = findPartnership(snapshot, wanted);
  const stage = parseStage(found.row.stage);
  // The row of ticks by one TextFinder search when the layout is known (one read of its property).
  const layout = readLayout();
  const search = layout.ticks ? findIdCells(wanted, layout) : undefined;
  const known = search && !search.ticksStale ? { layout, found: search.ticks } : undefined;
  return { partnership: found.summary, partnerships, lists: checklistViews(readTicks(wanted, known), stage) };
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface TickOutcome {
  readonly change: TickChange;
  readonly stage: Stage | undefined;
  /** The partnership's Pipeline row; with `refresh` its Status must be brought up to date. */
  readonly sheet: Sheet;
  readonly sheetRow: number;
  readonly refresh: boolean;
}

/**
 * The tick under the lock. Known layout (the usual case): one TextFinder search finds the Pipeline
 * row (so the partnership still exists) and the row of ticks; the stage is the one the row was last
 * validated at (its stage record), so the Pipeline is not read. Otherwise, or when the search
 * misses the Pipeline, the sheets are read, which also learns the layout for the next tick.
 */
function tick(id: string, itemKey: string, ticked: boolean, now: Date): TickOutcome {
  const state = loadPipelineState();
  const layout = parseLayout(state.all);
  const record = decodeStageRecord(state.stageRecords.get(id));
  const found = record && layout.ticks ? findIdCells(id, layout, true) : { layout };
  const change =
    found.pipeline && !found.ticksStale
      ? writeTickAt(found.layout, found.ticks, id, itemKey, ticked, now, found.ticksSheet)
      : undefined;
  if (found.pipeline && change && record) {
    // The Status shows checklist warnings only once checklists are kept, and only these can change.
    const warnings = (ticks: Ticks) => checklistWarnings(record.stage, ticks).join('\n');
    const refresh = state.checklistsInUse && warnings(change.before) !== warnings(change.after);
    return {
      change,
      stage: record.stage,
      sheet: found.pipeline.sheet,
      sheetRow: found.pipeline.row,
      refresh,
    };
  }
  const where = locatePartnership(id);
  return { change: writeTick(found.layout, id, itemKey, ticked, now), ...where, refresh: true };
}

export function setChecklistTick(
  id: string,
  itemKey: string,
  ticked: boolean,
): ReturnType<SidebarApi['setChecklistTick']> {
  const wanted = requireId(id);
  if (typeof itemKey !== 'string' || !isChecklistItem(itemKey))
    throw new Error('That checklist item does not exist.');
  if (typeof ticked !== 'boolean') throw new Error('A tick must be true or false.');
  const outcome = underLock(() => tick(wanted, itemKey, ticked, new Date()));
  // The row's Status warns about checklists less than half done: bring it up to date now, with the
  // ticks just written (no second read of them).
  if (outcome.refresh)
    validateEditedRows(outcome.sheet, outcome.sheetRow, 1, new Map([[wanted, outcome.change.after]]));
  return { lists: checklistViews(outcome.change.after, outcome.stage) };
}

// Checked when compiling: these functions are exactly what the pages call (src/core/sidebar-contract.ts).
const contract: SidebarApi = {
  getBriefContext,
  saveBriefDraft,
  createBrief,
  getChecklists,
  setChecklistTick,
  getDebriefContext,
  writeDebrief,
};
void contract;
