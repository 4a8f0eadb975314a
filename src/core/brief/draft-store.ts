/**
 * Where brief drafts live in a user's property store, and how a save fits within it. Pure: the
 * server adapter (src/server/drafts.ts) reads the store once, asks planDraftSave, writes the plan.
 *
 * Keys: DRAFT_PREFIX + a slot, a fixed-length digest of the spreadsheet ID and the partnership ID
 * made by the adapter, so no two (spreadsheet, ID) pairs share a key whatever the ID holds; the
 * draft's JSON is cut into pieces under `slot#0`, `slot#1`, ... A slot never holds "#", so a head key
 * is never another draft's piece key. The head records the spreadsheet and the ID, which the reader
 * checks and the eviction uses.
 *
 * Sizes are UTF-8 bytes, as the quota counts them: a property holds 9 KB, a store 500 KB
 * (https://developers.google.com/apps-script/guides/services/quotas). One draft may take
 * MAX_DRAFT_BYTES; all drafts together DRAFTS_BUDGET_BYTES of the store, the rest being left to the
 * add-on's other user properties. Past the budget, drafts of partnerships no longer in this
 * spreadsheet's Pipeline go first, then the oldest, never the draft being saved.
 */
import { cutUtf8, utf8Bytes } from '../utf8';

export const DRAFT_PREFIX = 'pp.briefDraft.';
/** Drafts of an earlier version, keyed by partnership ID alone (so possibly another workbook's). */
export const LEGACY_DRAFT_PREFIX = 'pp.draft.';
export const MAX_DRAFT_BYTES = 100 * 1024;
export const DRAFTS_BUDGET_BYTES = 400 * 1024;
/** A partnership ID a draft can be kept for (it is stored in the draft's head). */
export const MAX_DRAFT_ID_LENGTH = 500;
/** Bytes of JSON per piece: with its key (under 70 bytes), under a property's 9 KB. */
const PIECE_BYTES = 8000;

export const pieceKey = (headKey: string, n: number): string => `${headKey}#${n}`;

export interface DraftHead {
  readonly key: string;
  readonly spreadsheetId: string;
  readonly id: string;
  readonly pieces: number;
  readonly savedAt: string;
}

function parseHead(key: string, value: string): DraftHead {
  try {
    const head = JSON.parse(value) as Partial<DraftHead>;
    return {
      key,
      spreadsheetId: String(head.spreadsheetId ?? ''),
      id: String(head.id ?? ''),
      pieces: Number.isInteger(head.pieces) && (head.pieces ?? 0) > 0 ? (head.pieces as number) : 0,
      savedAt: String(head.savedAt ?? ''),
    };
  } catch {
    return { key, spreadsheetId: '', id: '', pieces: 0, savedAt: '' };
  }
}

/** Every draft head in a store (the store as getProperties() returns it). */
export function draftHeads(all: Readonly<Record<string, string>>): DraftHead[] {
  const heads: DraftHead[] = [];
  for (const key of Object.keys(all)) {
    if (key.startsWith(DRAFT_PREFIX) && !key.includes('#')) heads.push(parseHead(key, all[key]));
  }
  return heads;
}

const keysOf = (head: DraftHead): string[] => [
  head.key,
  ...Array.from({ length: head.pieces }, (_, n) => pieceKey(head.key, n)),
];

/** The kept JSON of one draft, or null when there is none or its head is not this draft's. */
export function readDraftText(
  all: Readonly<Record<string, string>>,
  headKey: string,
  spreadsheetId: string,
  id: string,
): { text: string; savedAt: string } | null {
  const value = all[headKey];
  if (value === undefined) return null;
  const head = parseHead(headKey, value);
  if (head.spreadsheetId !== spreadsheetId || head.id !== id || head.pieces === 0) return null;
  let text = '';
  for (let n = 0; n < head.pieces; n++) {
    const piece = all[pieceKey(headKey, n)];
    if (piece === undefined) return null; // incomplete: dropped, never half-read
    text += piece;
  }
  return { text, savedAt: head.savedAt };
}

export interface RemovedDraft {
  readonly spreadsheetId: string;
  readonly id: string;
  readonly why: 'gone' | 'oldest' | 'earlier version';
}

export type DraftSavePlan =
  | {
      readonly ok: true;
      /** The store after the save (written whole when anything is removed). */
      readonly next: Map<string, string>;
      /** Properties whose text is new or changed. */
      readonly changed: Map<string, string>;
      /** Keys to delete. */
      readonly removedKeys: readonly string[];
      readonly removed: readonly RemovedDraft[];
    }
  | { readonly ok: false; readonly message: string };

const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

export function planDraftSave(
  all: Readonly<Record<string, string>>,
  save: {
    readonly headKey: string;
    readonly spreadsheetId: string;
    readonly id: string;
    /** The draft's JSON. */
    readonly text: string;
    readonly savedAt: string;
    /** The IDs in this spreadsheet's Pipeline now. */
    readonly liveIds: ReadonlySet<string>;
  },
): DraftSavePlan {
  if (save.id.length > MAX_DRAFT_ID_LENGTH)
    return { ok: false, message: `the partnership's ID is longer than ${MAX_DRAFT_ID_LENGTH} characters` };
  const bytes = utf8Bytes(save.text);
  if (bytes > MAX_DRAFT_BYTES)
    return {
      ok: false,
      message: `the draft takes ${kb(bytes)}, more than the ${kb(MAX_DRAFT_BYTES)} one draft may take. Shorten the longest texts or remove rows`,
    };
  // Keys hold digests and property names, never user text; a Map all the same.
  const next = new Map(Object.entries(all));
  const removed: RemovedDraft[] = [];
  const heads = draftHeads(all);
  const own = heads.find((h) => h.key === save.headKey);
  if (own) for (const key of keysOf(own)) next.delete(key);
  let legacy = 0;
  for (const key of Object.keys(all)) {
    if (!key.startsWith(LEGACY_DRAFT_PREFIX)) continue;
    next.delete(key);
    if (!key.includes('#')) legacy++;
  }
  for (let i = 0; i < legacy; i++) removed.push({ spreadsheetId: '', id: '', why: 'earlier version' });
  const pieces = cutUtf8(save.text, PIECE_BYTES);
  next.set(
    save.headKey,
    JSON.stringify({
      spreadsheetId: save.spreadsheetId,
      id: save.id,
      pieces: pieces.length,
      savedAt: save.savedAt,
    }),
  );
  pieces.forEach((piece, n) => {
    next.set(pieceKey(save.headKey, n), piece);
  });

  let total = 0;
  for (const [key, value] of next) total += utf8Bytes(key) + utf8Bytes(value);
  const others = heads.filter((h) => h.key !== save.headKey);
  const gone = others.filter((h) => h.spreadsheetId === save.spreadsheetId && !save.liveIds.has(h.id));
  const oldestFirst = others
    .filter((h) => !gone.includes(h))
    .sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0));
  const order: [DraftHead, RemovedDraft['why']][] = [
    ...gone.map((h): [DraftHead, RemovedDraft['why']] => [h, 'gone']),
    ...oldestFirst.map((h): [DraftHead, RemovedDraft['why']] => [h, 'oldest']),
  ];
  for (const [head, why] of order) {
    if (total <= DRAFTS_BUDGET_BYTES) break;
    for (const key of keysOf(head)) {
      const value = next.get(key);
      if (value === undefined) continue;
      total -= utf8Bytes(key) + utf8Bytes(value);
      next.delete(key);
    }
    removed.push({ spreadsheetId: head.spreadsheetId, id: head.id, why });
  }
  const changed = new Map([...next].filter(([key, value]) => all[key] !== value));
  const removedKeys = Object.keys(all).filter((key) => !next.has(key));
  return { ok: true, next, changed, removedKeys, removed };
}

const quoted = (id: string) => (id.length > 80 ? `${id.slice(0, 79)}…` : id);

/** What the page says when a save removed other drafts; '' when none. */
export function removedDraftsNote(removed: readonly RemovedDraft[], spreadsheetId: string): string {
  const forRoom = removed.filter((r) => r.why !== 'earlier version');
  const parts = forRoom
    .filter((r) => r.spreadsheetId === spreadsheetId)
    .map((r) => `${quoted(r.id)} (${r.why === 'gone' ? 'no longer in the Pipeline' : 'the oldest'})`);
  const elsewhere = forRoom.length - parts.length;
  if (elsewhere) parts.push(`${elsewhere} of another spreadsheet (the oldest)`);
  const sentences: string[] = [];
  if (parts.length) sentences.push(`To make room, other drafts were removed: ${parts.join(', ')}.`);
  const earlier = removed.length - forRoom.length;
  if (earlier)
    sentences.push(
      `${earlier === 1 ? 'A draft' : `${earlier} drafts`} kept by an earlier version of the add-on, not tied to a spreadsheet, ${earlier === 1 ? 'was' : 'were'} removed.`,
    );
  return sentences.join(' ');
}
