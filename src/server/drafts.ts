/**
 * Brief drafts, kept per user and partnership in the user's properties (each person sees only
 * their own), so closing the sidebar loses nothing. A property value holds at most 9 KB, so a
 * draft is split into pieces of 2,000 characters (at most 4 bytes each in UTF-8).
 * https://developers.google.com/apps-script/guides/services/quotas ("Properties value size 9 KB / val")
 */
import { type BriefDraft, normalizeDraft } from '../core/brief';

const PREFIX = 'pp.draft.';
const PIECE = 2000;

const headKey = (id: string) => `${PREFIX}${id}`;
const pieceKey = (id: string, n: number) => `${PREFIX}${id}#${n}`;

export interface KeptDraft {
  readonly draft: BriefDraft;
  readonly savedAt: string;
}

/** One read of the user's store. */
export function loadDraft(id: string): KeptDraft | null {
  const all = PropertiesService.getUserProperties().getProperties();
  const head = all[headKey(id)];
  if (!head) return null;
  try {
    const { pieces, savedAt } = JSON.parse(head) as { pieces: number; savedAt: string };
    let text = '';
    for (let n = 0; n < pieces; n++) text += all[pieceKey(id, n)] ?? '';
    return { draft: normalizeDraft(JSON.parse(text)), savedAt: String(savedAt) };
  } catch {
    return null; // A damaged draft is dropped; the row's values pre-fill a new one.
  }
}

/** One write of every piece; pieces left over from a longer draft are deleted. */
export function saveDraft(id: string, draft: BriefDraft, savedAt: string): void {
  const store = PropertiesService.getUserProperties();
  const text = JSON.stringify(draft);
  const pieces = Math.max(1, Math.ceil(text.length / PIECE));
  const updates: Record<string, string> = { [headKey(id)]: JSON.stringify({ pieces, savedAt }) };
  for (let n = 0; n < pieces; n++) updates[pieceKey(id, n)] = text.slice(n * PIECE, (n + 1) * PIECE);
  const before = store.getProperty(headKey(id));
  store.setProperties(updates);
  if (before) {
    try {
      const old = (JSON.parse(before) as { pieces: number }).pieces;
      for (let n = pieces; n < old; n++) store.deleteProperty(pieceKey(id, n));
    } catch {
      // Nothing to clean up from a damaged head.
    }
  }
}
