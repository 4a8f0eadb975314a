/**
 * Brief drafts, kept per user and partnership in the user's properties (each person sees only
 * their own), so closing the sidebar loses nothing. A property value holds at most 9 KB, so a
 * draft is split into pieces of 2,000 characters (at most 4 bytes each in UTF-8).
 * https://developers.google.com/apps-script/guides/services/quotas ("Properties value size 9 KB / val")
 */
import { type BriefDraft, normalizeDraft } from '../core/brief/draft';

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

/** A user's properties hold 500 KB in all: past this, the oldest other drafts make room. */
const BUDGET_BYTES = 400 * 1024;

/** UTF-8 size, as the quota counts it (Apps Script has no TextEncoder). */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? 2 : 3;
  }
  return bytes;
}

interface Head {
  readonly id: string;
  readonly pieces: number;
  readonly savedAt: string;
}

function headsOf(all: Record<string, string>): Head[] {
  const heads: Head[] = [];
  for (const key of Object.keys(all)) {
    if (!key.startsWith(PREFIX) || key.includes('#')) continue;
    try {
      const { pieces, savedAt } = JSON.parse(all[key]) as { pieces: number; savedAt: string };
      heads.push({ id: key.slice(PREFIX.length), pieces: Number(pieces) || 0, savedAt: String(savedAt) });
    } catch {
      heads.push({ id: key.slice(PREFIX.length), pieces: 0, savedAt: '' });
    }
  }
  return heads;
}

/**
 * One read and one write of the user's store: every piece of the draft, without the pieces left
 * from a longer version, and, when the store nears its quota, without the oldest other drafts.
 */
export function saveDraft(id: string, draft: BriefDraft, savedAt: string): void {
  const store = PropertiesService.getUserProperties();
  const all = store.getProperties();
  const text = JSON.stringify(draft);
  const pieces = Math.max(1, Math.ceil(text.length / PIECE));
  const keysOf = (head: Head) => [
    headKey(head.id),
    ...Array.from({ length: head.pieces }, (_, n) => pieceKey(head.id, n)),
  ];
  const heads = headsOf(all);
  const stale = new Set(heads.filter((h) => h.id === id).flatMap(keysOf));
  // Keys hold partnership IDs (people's text): a Map, never a plain object, for the lookups.
  const next = new Map(Object.entries(all).filter(([key]) => !stale.has(key)));
  next.set(headKey(id), JSON.stringify({ pieces, savedAt }));
  for (let n = 0; n < pieces; n++) next.set(pieceKey(id, n), text.slice(n * PIECE, (n + 1) * PIECE));

  let total = 0;
  for (const [key, value] of next) total += utf8Bytes(key) + utf8Bytes(value);
  const oldestFirst = heads.filter((h) => h.id !== id).sort((a, b) => (a.savedAt < b.savedAt ? -1 : 1));
  // Pieces left over from a longer version of this draft must go too.
  let mustDelete = stale.size > pieces + 1;
  for (const head of oldestFirst) {
    if (total <= BUDGET_BYTES) break;
    for (const key of keysOf(head)) {
      const value = next.get(key);
      if (value === undefined) continue;
      total -= utf8Bytes(key) + utf8Bytes(value);
      next.delete(key);
    }
    mustDelete = true;
  }
  if (mustDelete) {
    store.setProperties(Object.fromEntries(next), true);
    return;
  }
  const before = new Map(Object.entries(all));
  store.setProperties(Object.fromEntries([...next].filter(([key, value]) => before.get(key) !== value)));
}
