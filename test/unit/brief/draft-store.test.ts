import {
  DRAFT_PREFIX,
  DRAFTS_BUDGET_BYTES,
  draftHeads,
  pieceKey,
  planDraftSave,
  readDraftText,
  removedDraftsNote,
} from '../../../src/core/brief/draft-store';

const key = (n: number) => `${DRAFT_PREFIX}${String(n).padStart(43, 'k')}`;

/** Applies a plan as the adapter does. */
function saveInto(
  all: Record<string, string>,
  n: number,
  id: string,
  text: string,
  savedAt: string,
  live: string[],
) {
  const plan = planDraftSave(all, {
    headKey: key(n),
    spreadsheetId: 'S',
    id,
    text,
    savedAt,
    liveIds: new Set(live),
  });
  if (!plan.ok) throw new Error(plan.message);
  for (const k of Object.keys(all)) delete all[k];
  Object.assign(all, Object.fromEntries(plan.next));
  return plan;
}

describe('draft store', () => {
  it('reads back what it saved, in pieces of at most 8,000 bytes', () => {
    const all: Record<string, string> = {};
    const text = JSON.stringify({ goal: '日'.repeat(5000) });
    saveInto(all, 1, 'P-1', text, 't1', ['P-1']);
    expect(readDraftText(all, key(1), 'S', 'P-1')).toEqual({ text, savedAt: 't1' });
    for (const [k, v] of Object.entries(all))
      if (k.includes('#')) expect(Buffer.byteLength(v)).toBeLessThanOrEqual(8000);
    // Another spreadsheet's or ID's head at that key is not this draft; an incomplete one reads as none.
    expect(readDraftText(all, key(1), 'T', 'P-1')).toBeNull();
    expect(readDraftText(all, key(1), 'S', 'P-2')).toBeNull();
    delete all[pieceKey(key(1), 1)];
    expect(readDraftText(all, key(1), 'S', 'P-1')).toBeNull();
  });

  it('a shorter save drops the pieces of the longer one', () => {
    const all: Record<string, string> = {};
    saveInto(all, 1, 'P-1', 'x'.repeat(20000), 't1', ['P-1']);
    expect(Object.keys(all)).toHaveLength(4);
    const plan = saveInto(all, 1, 'P-1', 'short', 't2', ['P-1']);
    expect(plan.removedKeys).toEqual([pieceKey(key(1), 1), pieceKey(key(1), 2)]);
    expect(Object.keys(all)).toEqual([key(1), pieceKey(key(1), 0)]);
  });

  it('makes room with drafts of gone partnerships first, then the oldest, never the one saved', () => {
    const all: Record<string, string> = {};
    const big = 'x'.repeat(95 * 1024);
    saveInto(all, 1, 'A', big, '2026-01-01', ['A', 'B', 'C', 'D']);
    saveInto(all, 2, 'B', big, '2026-01-02', ['A', 'B', 'C', 'D']);
    saveInto(all, 3, 'C', big, '2026-01-03', ['A', 'B', 'C', 'D']);
    saveInto(all, 4, 'D', big, '2026-01-04', ['A', 'B', 'C', 'D']);
    // B left the Pipeline; A is the oldest.
    const plan = saveInto(all, 5, 'E', big, '2026-01-05', ['A', 'C', 'D', 'E']);
    expect(plan.removed).toEqual([{ spreadsheetId: 'S', id: 'B', why: 'gone' }]);
    const again = saveInto(all, 6, 'F', big, '2026-01-06', ['A', 'C', 'D', 'E', 'F']);
    expect(again.removed).toEqual([{ spreadsheetId: 'S', id: 'A', why: 'oldest' }]);
    expect(
      draftHeads(all)
        .map((h) => h.id)
        .sort(),
    ).toEqual(['C', 'D', 'E', 'F']);
    const bytes = Object.entries(all).reduce(
      (s, [k, v]) => s + Buffer.byteLength(k) + Buffer.byteLength(v),
      0,
    );
    expect(bytes).toBeLessThanOrEqual(DRAFTS_BUDGET_BYTES);
  });

  it('refuses a draft over 100 KB or an ID over 500 characters, changing nothing', () => {
    const all: Record<string, string> = {};
    const over = planDraftSave(all, {
      headKey: key(1),
      spreadsheetId: 'S',
      id: 'P-1',
      text: '日'.repeat(35000),
      savedAt: 't',
      liveIds: new Set(['P-1']),
    });
    expect(over).toEqual({
      ok: false,
      message:
        'the draft takes 103 KB, more than the 100 KB one draft may take. Shorten the longest texts or remove rows',
    });
    const longId = planDraftSave(all, {
      headKey: key(1),
      spreadsheetId: 'S',
      id: 'x'.repeat(501),
      text: '{}',
      savedAt: 't',
      liveIds: new Set(),
    });
    expect(longId.ok).toBe(false);
  });

  it('names what it removed, cutting long IDs', () => {
    expect(removedDraftsNote([], 'S')).toBe('');
    expect(
      removedDraftsNote(
        [
          { spreadsheetId: 'S', id: 'P-2', why: 'gone' },
          { spreadsheetId: 'S', id: 'y'.repeat(200), why: 'oldest' },
          { spreadsheetId: 'T', id: 'P-1', why: 'oldest' },
          { spreadsheetId: '', id: '', why: 'earlier version' },
          { spreadsheetId: '', id: '', why: 'earlier version' },
        ],
        'S',
      ),
    ).toBe(
      `To make room, other drafts were removed: P-2 (no longer in the Pipeline), ${'y'.repeat(79)}… (the oldest), 1 of another spreadsheet (the oldest). 2 drafts kept by an earlier version of the add-on, not tied to a spreadsheet, were removed.`,
    );
  });
});
