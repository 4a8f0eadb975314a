/**
 * Brief drafts, kept per user, spreadsheet and partnership in the user's properties (only their own
 * person sees them), so closing the sidebar loses nothing. The layout, limits and eviction are in
 * src/core/brief/draft-store.ts; this file reads the store once and writes the plan once.
 *
 * Why the user's properties keyed by spreadsheet, and not the document's properties under
 * Session.getTemporaryActiveUserKey(): the temporary key rotates every 30 days, which would orphan
 * every draft each month; other editors could read drafts kept in the document; and drafts there
 * would share the document's 500 KB with the stage records and ID counter, so one person's drafts
 * could stop new IDs for everyone. The price is one 500 KB store for all of a user's workbooks,
 * which the per-draft limit and the eviction keep within budget.
 * https://developers.google.com/apps-script/guides/properties
 */
import { type BriefDraft, normalizeDraft } from '../core/brief/draft';
import { DRAFT_PREFIX, planDraftSave, readDraftText, removedDraftsNote } from '../core/brief/draft-store';

export interface KeptDraft {
  readonly draft: BriefDraft;
  readonly savedAt: string;
}

/**
 * The store key of a draft: a SHA-256 digest of the spreadsheet and partnership IDs, web-safe
 * Base64 without padding (43 characters, never "#"), so any two pairs get different keys.
 */
export function draftKey(spreadsheetId: string, id: string): string {
  const digest = Utilities.computeDigest(
    Utilities.DigestAlgorithm.SHA_256,
    `${spreadsheetId}\n${id}`,
    Utilities.Charset.UTF_8,
  );
  return DRAFT_PREFIX + Utilities.base64EncodeWebSafe(digest).replace(/=+$/, '');
}

/** One read of the user's store. A damaged or incomplete draft reads as none. */
export function loadDraft(spreadsheetId: string, id: string): KeptDraft | null {
  const all = PropertiesService.getUserProperties().getProperties();
  const kept = readDraftText(all, draftKey(spreadsheetId, id), spreadsheetId, id);
  if (!kept) return null;
  try {
    return { draft: normalizeDraft(JSON.parse(kept.text)), savedAt: kept.savedAt };
  } catch {
    return null; // The row's values pre-fill a new one.
  }
}

export type DraftSaved = { ok: true; note: string } | { ok: false; message: string };

/**
 * Keeps a draft: one read and one write of the user's store, under the user's lock, since the store
 * is shared by every spreadsheet the user has open. `liveIds` are the Pipeline's IDs now.
 */
export function saveDraft(
  spreadsheetId: string,
  id: string,
  draft: BriefDraft,
  savedAt: string,
  liveIds: ReadonlySet<string>,
): DraftSaved {
  const lock = LockService.getUserLock();
  if (!lock.tryLock(3000))
    return { ok: false, message: 'another save is under way; it will be kept next time' };
  try {
    const store = PropertiesService.getUserProperties();
    const all = store.getProperties();
    const plan = planDraftSave(all, {
      headKey: draftKey(spreadsheetId, id),
      spreadsheetId,
      id,
      text: JSON.stringify(draft),
      savedAt,
      liveIds,
    });
    if (!plan.ok) return plan;
    if (plan.removedKeys.length > 0) store.setProperties(Object.fromEntries(plan.next), true);
    else if (plan.changed.size > 0) store.setProperties(Object.fromEntries(plan.changed));
    return { ok: true, note: removedDraftsNote(plan.removed, spreadsheetId) };
  } finally {
    lock.releaseLock();
  }
}
