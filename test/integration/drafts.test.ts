// Brief drafts through the built bundle: kept per user, spreadsheet and partnership; within
// createBrief's limits and a per-draft size; other drafts removed only to make room (partnerships
// gone first, then the oldest) and the page told; keys that no two IDs share.
import { transportCopy } from '../../bridge/transport-copy';
import { loadDist } from '../../emulator';
import { type BriefDraft, newDraft } from '../../src/core/brief/draft';
import { BRIEF_FIELDS } from '../../src/core/brief/sections';
import { type Addon, DIST } from './harness';
import { NOW, promotionRow, setUpAddon, typeRows } from './pipeline-helpers';

const userStore = (a: Addon) =>
  (a.emu.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getUserProperties();

/** Calls a server function as the sidebar does: arguments and result copied. */
// biome-ignore lint/suspicious/noExplicitAny: results are checked by value
const call = (a: Addon, name: string, ...args: unknown[]): any =>
  transportCopy(a.gas[name](...args.map((x) => transportCopy(x))));

function workbook(ids: string[] = []): Addon {
  const a = setUpAddon();
  typeRows(
    a,
    2,
    ['Ana', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay'].map((p, i) => ({
      ...promotionRow(p),
      ...(ids[i] ? { ID: ids[i] } : {}),
    })),
  );
  return a;
}

const goal = (text: string): BriefDraft => newDraft({ goal: text });

/** About 90 KB in UTF-8: every long field and 20 deliverables' item and platform full of 3-byte text. */
function bigDraft(): BriefDraft {
  const values: Record<string, string> = {};
  for (const field of BRIEF_FIELDS) values[field.key] = field.kind === 'textarea' ? '日'.repeat(2000) : '';
  const row = {
    item: '日'.repeat(300),
    platform: '日'.repeat(300),
    format: '',
    count: '1',
    draftDate: '',
    goLiveDate: '',
  };
  return { ...newDraft(), values, deliverables: Array.from({ length: 20 }, () => row) };
}

describe('saving a draft', () => {
  it('refuses an oversized draft with a clear message and keeps the other drafts', () => {
    const a = workbook();
    call(a, 'saveBriefDraft', 'P-0002', goal('two'));
    call(a, 'saveBriefDraft', 'P-0003', goal('three'));
    // The measurement: a 451 KB draft for P-0001 deleted the others.
    const huge = { ...newDraft(), values: { ...newDraft().values, goal: 'x'.repeat(451 * 1024) } };
    expect(() => call(a, 'saveBriefDraft', 'P-0001', huge)).toThrow(
      'Strategic goal is too long (461824 characters, at most 2000).',
    );
    const hugeRows = {
      ...bigDraft(),
      deliverables: Array.from({ length: 20 }, () => ({
        ...bigDraft().deliverables[0],
        format: '日'.repeat(300),
      })),
    };
    expect(() => call(a, 'saveBriefDraft', 'P-0001', hugeRows)).toThrow(
      /^The draft takes 1\d\d KB, more than the 100 KB one draft may take\. Shorten the longest texts or remove rows\.$/,
    );
    expect(call(a, 'getBriefContext', 'P-0002').draft.values.goal).toBe('two');
    expect(call(a, 'getBriefContext', 'P-0003').draft.values.goal).toBe('three');
    expect(call(a, 'getBriefContext', 'P-0001').draftSavedAt).toBeNull();
  });

  it('refuses a partnership that is not in the Pipeline', () => {
    const a = workbook();
    expect(() => call(a, 'saveBriefDraft', 'P-9999', goal('x'))).toThrow(
      'Partnership P-9999 is not in the Pipeline any more (deleted, or its ID changed). Pick another one.',
    );
    expect(
      userStore(a)
        .getKeys()
        .filter((k) => k.includes('raft')),
    ).toEqual([]);
  });

  it('removes drafts of partnerships gone from the Pipeline first, then the oldest, and says so', () => {
    const a = workbook();
    const at = (minutes: number) => a.emu.setNow(new Date(NOW.getTime() + minutes * 60000));
    for (const [i, id] of ['P-0001', 'P-0002', 'P-0003', 'P-0004'].entries()) {
      at(i);
      expect(call(a, 'saveBriefDraft', id, bigDraft()).note).toBe('');
    }
    a.emu.user.deleteRows('Pipeline', 3, 1); // P-0002 leaves the Pipeline
    at(10);
    expect(call(a, 'saveBriefDraft', 'P-0005', bigDraft()).note).toBe(
      'To make room, other drafts were removed: P-0002 (no longer in the Pipeline).',
    );
    at(11);
    expect(call(a, 'saveBriefDraft', 'P-0006', bigDraft()).note).toBe(
      'To make room, other drafts were removed: P-0001 (the oldest).',
    );
    expect(call(a, 'getBriefContext', 'P-0001').draftSavedAt).toBeNull();
    for (const id of ['P-0003', 'P-0004', 'P-0005', 'P-0006'])
      expect(call(a, 'getBriefContext', id).draft.values.goal).toBe('日'.repeat(2000));
    const bytes = Object.entries(userStore(a).getProperties()).reduce(
      (sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v),
      0,
    );
    expect(bytes).toBeLessThanOrEqual(400 * 1024);
  });

  it('drops drafts kept by the earlier version, which named no spreadsheet', () => {
    const a = workbook();
    userStore(a).setProperties({
      'pp.draft.P-0001': '{"pieces":1,"savedAt":"x"}',
      'pp.draft.P-0001#0': '{}',
    });
    expect(call(a, 'saveBriefDraft', 'P-0002', goal('new')).note).toBe(
      'A draft kept by an earlier version of the add-on, not tied to a spreadsheet, was removed.',
    );
    expect(
      userStore(a)
        .getKeys()
        .filter((k) => k.startsWith('pp.draft.')),
    ).toEqual([]);
    expect(call(a, 'getBriefContext', 'P-0001').draftSavedAt).toBeNull();
  });
});

describe('draft keys', () => {
  it('IDs that held each other’s piece keys keep their own drafts', () => {
    const a = workbook(['P-0001', 'P-0001#0', 'ACME', 'ACME#0', 'constructor', '__proto__']);
    const ids = ['P-0001', 'P-0001#0', 'ACME', 'ACME#0', 'constructor', '__proto__'];
    for (const id of ids) call(a, 'saveBriefDraft', id, goal(`goal of ${id}`));
    for (const id of ids) expect(call(a, 'getBriefContext', id).draft.values.goal).toBe(`goal of ${id}`);
    for (const key of userStore(a).getKeys())
      expect(key).toMatch(/^pp\.briefDraft\.[A-Za-z0-9_-]{43}(#\d+)?$/);
  });
});

describe('one user, two workbooks', () => {
  it('each workbook has its own drafts, even for the same IDs', () => {
    const a = workbook();
    const emu = a.emu.openAnother({ spreadsheetName: 'Second' });
    const b: Addon = { emu, gas: loadDist(DIST, emu) };
    b.emu.setNow(NOW);
    b.gas.setUpWorkbook();
    typeRows(b, 2, [promotionRow('Zoe')]);
    call(a, 'saveBriefDraft', 'P-0001', goal('for the first workbook'));
    const fresh = call(b, 'getBriefContext', 'P-0001');
    expect(fresh.draftSavedAt).toBeNull();
    expect(fresh.draft.values.producer).toBe('Zoe');
    call(b, 'saveBriefDraft', 'P-0001', goal('for the second workbook'));
    expect(call(a, 'getBriefContext', 'P-0001').draft.values.goal).toBe('for the first workbook');
    expect(call(b, 'getBriefContext', 'P-0001').draft.values.goal).toBe('for the second workbook');
  });
});
