// Quotas: the document's properties hold 500 KB in all. Stage records are packed, pruned by
// Validate all rows, and a full store becomes a clear toast; no ID is ever handed out twice.
import { type Addon, freshAddon } from './harness';
import {
  cellOf,
  columnOf,
  header,
  letter,
  NOW,
  promotionRow,
  rowValues,
  typeCell,
  typeRows,
} from './pipeline-helpers';

function setUp(): Addon {
  const a = freshAddon({ timeZone: 'America/New_York' });
  a.emu.setNow(NOW);
  a.gas.setUpWorkbook();
  return a;
}

const documentProperties = (a: Addon) =>
  (a.emu.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getDocumentProperties();

function storeBytes(a: Addon): number {
  return Object.entries(documentProperties(a).getProperties()).reduce(
    (sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v),
    0,
  );
}

/** Fills the store with someone's keys until fewer than `room` bytes are left. */
function fillStore(a: Addon, room: number): void {
  const properties = documentProperties(a);
  let i = 0;
  while (500 * 1024 - storeBytes(a) > room + 9000) properties.setProperty(`junk.${i++}`, 'x'.repeat(9000));
  const left = 500 * 1024 - storeBytes(a) - room - `junk.${i}`.length;
  if (left > 0) properties.setProperty(`junk.${i}`, 'x'.repeat(left));
}

describe('stage records', () => {
  it('Validate all rows drops the records of IDs no longer in the Pipeline', () => {
    const a = setUp();
    typeRows(a, 2, [promotionRow('Ada'), promotionRow('Bo'), { ...promotionRow('Cy'), ID: 'constructor' }]);
    a.emu.user.deleteRows('Pipeline', 3, 2);
    a.gas.validateAllRows();
    // Bo's and constructor's records are gone; Ada's stays (P-0001 as one digit at position 1).
    const stages = Object.entries(documentProperties(a).getProperties()).filter(([k]) =>
      k.startsWith('pp.stage'),
    );
    expect(stages).toEqual([['pp.stages.0', '.4']]);
  });

  it('records of IDs typed by people and of skipped stages survive a reload', () => {
    const a = setUp();
    typeRows(a, 2, [{ ...promotionRow('Ada'), ID: '__proto__', Stage: 'Negotiation' }]);
    typeCell(a, 2, 'Stage', 'Promotion');
    typeCell(a, 2, 'Brief', 'v2');
    expect(cellOf(a, 2, 'Status')).toBe('1 warning: skipped Onboarding, Co-creation');
  });
});

describe('sizes in bytes', () => {
  it('records of IDs typed in a non-Latin script are saved in pieces under 9 KB', () => {
    const a = setUp();
    // 400 IDs of 20 Japanese characters: about 24 KB of JSON, 3 bytes a character.
    const ids = Array.from(
      { length: 400 },
      (_, i) => `日本語のパートナーシップ番号${String(i).padStart(6, '0')}`,
    );
    typeRows(
      a,
      2,
      ids.map((ID, i) => ({ ...promotionRow(`P${i}`), ID })),
    );
    expect(a.emu.ui.toasts.map((t) => t.message).join(' ')).not.toContain('properties are full');
    const extra = Object.entries(documentProperties(a).getProperties()).filter(([k]) =>
      k.startsWith('pp.stagesExtra.'),
    );
    expect(extra.length).toBeGreaterThan(2);
    for (const [k, v] of extra)
      expect(Buffer.byteLength(k) + Buffer.byteLength(v)).toBeLessThanOrEqual(9 * 1024);
    // The records are there: a stage jump on the last row is a skipped-stage warning.
    typeCell(a, 401, 'Stage', 'Renewal');
    expect(cellOf(a, 401, 'Status')).toContain('skipped Measurement');
  });
});

describe('50,000 partnerships', () => {
  it('go through Set up, Validate all rows and edits within the store, with unique IDs', () => {
    const a = setUp();
    const names = header(a);
    const row = (i: number) =>
      rowValues(names, promotionRow(`Producer ${i}`, { Stage: i % 3 ? 'Promotion' : 'Negotiation' })).map(
        (v, c) => (['Score', 'Payout'].includes(names[c]) ? '' : v),
      );
    a.emu.user.setValues(
      'Pipeline',
      'A2',
      Array.from({ length: 50000 }, (_, i) => row(i)),
    );
    a.gas.setUpWorkbook();
    a.gas.validateAllRows();
    expect(a.emu.ui.toasts.at(-1)?.message).toMatch(/^Validated 50000 rows: 50000 OK/);
    const bytes = storeBytes(a);
    expect(bytes).toBeLessThan(60 * 1024);
    // Edits: a stage jump on one row, a paste of 1,000 new rows at the end.
    typeCell(a, 2, 'Stage', 'Measurement');
    expect(cellOf(a, 2, 'Status')).toBe('1 warning: skipped Onboarding, Co-creation, Promotion');
    const last = 50002;
    a.gas.onEdit(
      a.emu.user.edit(
        'Pipeline',
        `A${last}:${letter(names.length)}${last + 999}`,
        Array.from({ length: 1000 }, (_, i) => row(i)),
      ),
    );
    a.gas.validateAllRows();
    expect(a.emu.ui.toasts.at(-1)?.message).toMatch(/^Validated 51000 rows/);
    expect(a.emu.ui.toasts.at(-1)?.message).not.toContain('properties are full');
    const ids = columnOf(a, 'ID', 2, last + 999);
    expect(new Set(ids).size).toBe(51000);
    expect(ids.at(-1)).toBe('P-51000');
    expect(storeBytes(a)).toBeLessThan(60 * 1024);
  }, 180_000);
});

describe('a full store', () => {
  it('becomes a clear toast, and no ID is handed out twice', () => {
    const a = setUp();
    typeRows(
      a,
      2,
      Array.from({ length: 8 }, (_, i) => promotionRow(`P${i}`)),
    );
    expect(cellOf(a, 9, 'ID')).toBe('P-0008');
    // Full to the byte: the counter cannot grow from "9" to "10".
    fillStore(a, 0);
    typeRows(a, 10, [promotionRow('Bo')]);
    // The counter could not be saved, so no ID was written; the toast says what to do.
    expect(cellOf(a, 10, 'ID')).toBe('');
    expect(a.emu.ui.toasts.at(-1)?.message).toContain('properties are full');
    // Someone frees the store; the next edit hands out the next ID, not one already used.
    for (const key of documentProperties(a).getKeys())
      if (key.startsWith('junk.')) documentProperties(a).deleteProperty(key);
    typeCell(a, 10, 'Brief', 'v2');
    typeRows(a, 11, [promotionRow('Cy')]);
    const ids = columnOf(a, 'ID', 2, 11);
    expect(ids.slice(-2)).toEqual(['P-0009', 'P-0010']);
    expect(new Set(ids).size).toBe(10);
  });

  it('drops the checklist digests, never the stage records, when only the records fit', () => {
    const a = setUp();
    const names = header(a);
    const rows = 3000;
    a.emu.user.setValues(
      'Pipeline',
      'A2',
      Array.from({ length: rows }, (_, i) =>
        rowValues(names, promotionRow(`Producer ${i}`, { Stage: 'Measurement' })).map((v, c) =>
          ['Score', 'Payout'].includes(names[c]) ? '' : v,
        ),
      ),
    );
    a.gas.validateAllRows(); // IDs and stage records, before any checklist
    a.gas.setChecklistTick('P-0001', 'discovery.rubric', true);
    const ticks = a.emu.user.getValues('Checklist ticks', '1:1')[0].map(String);
    // Every partnership ticks one Onboarding item: no digest is "z" or "n", each takes 2 bytes.
    a.emu.user.setValues(
      'Checklist ticks',
      'A2',
      Array.from({ length: rows }, (_, i) =>
        ticks.map((key, c) =>
          c === 0 ? `P-${String(i + 1).padStart(4, '0')}` : key === 'onboarding.kickoff' ? NOW : '',
        ),
      ),
    );
    // Room for the stage records (already kept) but not for 3,000 digests.
    fillStore(a, 1000);
    // A stage changed by a script (no onEdit): only Validate all rows records it.
    a.emu.user.setValues('Pipeline', `${letter(names.indexOf('Stage') + 1)}2`, [['Renewal']]);
    a.gas.validateAllRows();
    const toast = a.emu.ui.toasts.at(-1)?.message ?? '';
    expect(toast).toMatch(/^Validated 3000 rows/);
    expect(toast).not.toContain('properties are full');
    const kept = documentProperties(a).getProperties();
    expect(kept['pp.stages.0'][1]).toBe('6'); // P-0001: Renewal, stage index 6 (was 5)
    expect(Object.keys(kept).filter((k) => k.startsWith('pp.checklistDigests'))).toEqual([]);
    // Without digests an edit reads the ticks, and still warns about them.
    typeCell(a, 3, 'Niche', 'Baking');
    expect(String(cellOf(a, 3, 'Status'))).toContain('Onboarding checklist 1/5');
  }, 60_000);

  it('Validate all rows says so in its toast when the records cannot be saved', () => {
    const a = setUp();
    typeRows(a, 2, [promotionRow('Ada')]);
    fillStore(a, 0);
    typeCell(a, 2, 'Stage', 'Measurement');
    a.gas.validateAllRows();
    expect(a.emu.ui.toasts.at(-1)?.message).toContain(
      'could not save its stage records (the document’s 500 KB of properties are full)',
    );
  });
});
