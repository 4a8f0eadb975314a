/**
 * The functions the sidebar pages call through google.script.run (each exported again, by the
 * same name, from src/entry.ts). Arguments are untrusted JSON: drafts are normalised to the
 * schema, the server re-checks everything, and errors are thrown as readable messages, which the
 * page shows. Results are plain JSON with dates as ISO text.
 */

import { checkBrief } from '../core/brief/check';
import { briefDocument } from '../core/brief/document';
import { newDraft, normalizeDraft } from '../core/brief/draft';
import { briefPrefill } from '../core/brief/prefill';
import { checklistViews, isChecklistItem } from '../core/lifecycle/checklists';
import { parseStage } from '../core/lifecycle/pipeline';
import { BUSY_TOAST } from '../core/messages';
import type { BriefContext, ChecklistsView, CreateBriefResult, SidebarApi } from '../core/sidebar-contract';
import { quoted } from '../core/user-text';
import { briefSheetName, writeBriefSheet } from '../sheets/brief-sheet';
import { asCellText } from '../sheets/cells';
import { withDocumentLock } from '../sheets/lock';
import { readTicks, writeTick } from '../sheets/tick-store';
import { spreadsheetTimeZone } from '../sheets/time-zone';
import { validateEditedRows } from '../sheets/validate';
import { loadDraft, saveDraft } from './drafts';
import { findPartnership, locatePartnership, readPipeline, selectedId, summaries } from './partnerships';

function underLock<T>(work: () => T): T {
  const outcome = withDocumentLock(work);
  if (!outcome.ran) throw new Error(BUSY_TOAST);
  return outcome.value;
}

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
    return { partnership: null, partnerships, draft: newDraft(), draftSavedAt: null, briefSheet: null };
  }
  const found = findPartnership(snapshot, wanted);
  const kept = loadDraft(wanted);
  const draft = kept?.draft ?? newDraft(briefPrefill(found.row, isoDay(spreadsheetTimeZone())));
  const hasSheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(briefSheetName(wanted)) !== null;
  return {
    partnership: found.summary,
    partnerships,
    draft,
    draftSavedAt: kept?.savedAt ?? null,
    briefSheet: hasSheet ? briefSheetName(wanted) : null,
  };
}

export function saveBriefDraft(id: string, draft: unknown): { savedAt: string } {
  const wanted = requireId(id);
  const savedAt = new Date().toISOString();
  // The user's own store, but still one writer at a time with the brief it may be saved beside.
  underLock(() => saveDraft(wanted, normalizeDraft(draft), savedAt));
  return { savedAt };
}

export function createBrief(id: string, input: unknown): CreateBriefResult {
  const wanted = requireId(id);
  const draft = normalizeDraft(input);
  const errors = checkBrief(draft, wanted);
  if (errors.length) return { ok: false, errors };
  const timeZone = spreadsheetTimeZone();
  return underLock(() => {
    const snapshot = readPipeline();
    const { index, row } = findPartnership(snapshot, wanted);
    const rows = briefDocument(draft, { partnershipId: wanted, updated: isoDay(timeZone)(new Date()) });
    const sheetName = writeBriefSheet(wanted, rows, timeZone);
    saveDraft(wanted, draft, new Date().toISOString());
    const briefColumn = snapshot.map.brief;
    const current = typeof row.brief === 'string' ? row.brief.trim() : row.brief;
    let note: string;
    if (briefColumn === undefined) note = 'The Pipeline has no Brief column, so no row was changed.';
    else if (current === '' || current === undefined || current === null || current === sheetName) {
      if (current !== sheetName) {
        snapshot.sheet.getRange(index + 2, briefColumn + 1).setValue(asCellText(sheetName));
      }
      note = `Its Brief cell names the sheet.`;
    } else {
      note = `Its Brief cell already held other text, which was kept.`;
    }
    return { ok: true, sheetName, message: `Brief written to sheet ${quoted(sheetName)}. ${note}` };
  });
}

export function getChecklists(id: string | null): ChecklistsView {
  const snapshot = readPipeline();
  const partnerships = summaries(snapshot);
  const wanted = typeof id === 'string' && id.trim() !== '' ? id.trim() : selectedId(snapshot);
  if (wanted === null) return { partnership: null, partnerships, lists: [] };
  const found = findPartnership(snapshot, wanted);
  const stage = parseStage(found.row.stage);
  return { partnership: found.summary, partnerships, lists: checklistViews(readTicks(wanted), stage) };
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
  const { lists, where } = underLock(() => {
    const where = locatePartnership(wanted);
    return { lists: checklistViews(writeTick(wanted, itemKey, ticked, new Date()), where.stage), where };
  });
  // The row's Status warns about checklists less than half done: bring it up to date now.
  validateEditedRows(where.sheet, where.sheetRow, 1);
  return { lists };
}

// Checked when compiling: these functions are exactly what the pages call (src/core/sidebar-contract.ts).
const contract: SidebarApi = {
  getBriefContext,
  saveBriefDraft,
  createBrief,
  getChecklists,
  setChecklistTick,
};
void contract;
