// A property test of the draft store's keys (src/server/drafts.ts on the emulator's services): for
// random pairs of spreadsheet and partnership IDs, hostile characters included, neither draft ever
// reads the other's, and every property stays within Apps Script's 9 KB.
import fc from 'fast-check';
import { createEmulator } from '../../emulator';
import { newDraft } from '../../src/core/brief/draft';
import { draftKey, loadDraft, saveDraft } from '../../src/server/drafts';

const SERVICES = ['PropertiesService', 'LockService', 'Utilities'] as const;
const saved: Record<string, unknown> = {};
let emu = createEmulator();

beforeEach(() => {
  emu = createEmulator();
  for (const name of SERVICES) {
    saved[name] = (globalThis as Record<string, unknown>)[name];
    (globalThis as Record<string, unknown>)[name] = emu.globals[name];
  }
});
afterEach(() => {
  for (const name of SERVICES) (globalThis as Record<string, unknown>)[name] = saved[name];
});

/** IDs people type, with the separators the old keys used: '#', '.', digits. */
const id = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.stringMatching(/^[A-Z]{1,4}-?\d{0,4}(#\d{1,2})?(\.\w{0,3})?$/),
  fc.constantFrom('P-0001', 'P-0001#0', 'ACME', 'ACME#0', 'constructor', '__proto__', '', '#', '#0'),
);
const sheetId = fc.constantFrom('sheet-A', 'sheet-B');

describe('draft keys', () => {
  it('two different (spreadsheet, ID) pairs never read each other’s drafts', () => {
    fc.assert(
      fc.property(sheetId, id, sheetId, id, (s1, id1, s2, id2) => {
        fc.pre(s1 !== s2 || id1 !== id2);
        (emu.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
          .getUserProperties()
          .deleteAllProperties();
        const live = new Set([id1, id2]);
        const long = (who: string) =>
          newDraft({ goal: `${who} ${'é'.repeat(1990)}`, dos: '日'.repeat(2000) });
        expect(saveDraft(s1, id1, long('first'), '2026-01-01T00:00:00Z', live).ok).toBe(true);
        expect(saveDraft(s2, id2, newDraft({ goal: 'second' }), '2026-01-02T00:00:00Z', live).ok).toBe(true);
        expect(loadDraft(s1, id1)?.draft.values.goal).toBe(`first ${'é'.repeat(1990)}`);
        expect(loadDraft(s2, id2)?.draft.values.goal).toBe('second');
        expect(draftKey(s1, id1)).not.toBe(draftKey(s2, id2));
        const all = (emu.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
          .getUserProperties()
          .getProperties();
        for (const [k, v] of Object.entries(all))
          expect(Buffer.byteLength(k) + Buffer.byteLength(v)).toBeLessThanOrEqual(9 * 1024);
      }),
      { numRuns: 300 },
    );
  });
});
