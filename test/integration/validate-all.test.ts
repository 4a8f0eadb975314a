// Validate all rows through the built bundle: every row in one read, duplicate IDs, over-reliance,
// and the totals in a toast.
import { STAGES } from '../../src/core/lifecycle/pipeline';
import { type Addon, freshAddon } from './harness';
import {
  cellOf,
  columnOf,
  day,
  header,
  letter,
  promotionRow,
  setUpAddon,
  typeCell,
  typeRows,
} from './pipeline-helpers';

let addon: Addon;
beforeEach(() => {
  addon = setUpAddon();
});

describe('Validate all rows', () => {
  it('checks every row, flags over-reliance and duplicate IDs, and toasts the totals', () => {
    typeRows(addon, 2, [
      promotionRow('Ada', { Stage: 'Measurement', 'Attributed sales': 90000 }),
      promotionRow('Bo', { Stage: 'Measurement', 'Attributed sales': 5000, Disclosure: false }),
      promotionRow('Cy', { Stage: 'Measurement', 'Attributed sales': 5000 }),
    ]);
    // Someone copies Bo's row, ID and all.
    const names = header(addon);
    const bo = addon.emu.user.getValues('Pipeline', `A3:${letter(names.length)}3`)[0];
    addon.emu.user.setValues('Pipeline', `A5:${letter(names.length)}5`, [
      bo.map((v, i) => (names[i] === 'Score' || names[i] === 'Payout' ? '' : v)),
    ]);
    addon.gas.validateAllRows();
    expect(columnOf(addon, 'Status', 2, 5)).toEqual([
      '1 warning: producer holds 86% of attributed sales (over-reliance)',
      '1 error: Disclosure missing',
      'OK',
      '2 errors: duplicate ID P-0002 (also row 3): clear this ID to get a new one; Disclosure missing',
    ]);
    expect(addon.emu.ui.toasts.at(-1)?.message).toBe(
      'Validated 4 rows: 1 OK, 2 with errors, 1 with warnings only. Over-reliance: Ada holds 86% of attributed sales.',
    );
  });

  it('a later single edit keeps the over-reliance warning from the last full run', () => {
    typeRows(addon, 2, [
      promotionRow('Ada', { 'Attributed sales': 9000 }),
      promotionRow('Bo', { 'Attributed sales': 1000 }),
    ]);
    addon.gas.validateAllRows();
    typeCell(addon, 2, 'Revision rounds', 0);
    expect(cellOf(addon, 2, 'Status')).toBe(
      '1 warning: producer holds 90% of attributed sales (over-reliance)',
    );
  });

  it('an optional Caption column, inserted by hand, gets the disclosure check as warnings from Promotion on', () => {
    addon.emu.user.insertColumnBefore('Pipeline', 2);
    addon.emu.user.setValues('Pipeline', 'B1', [['caption ']]);
    typeRows(addon, 2, [
      promotionRow('Ada', { 'caption ': 'New shoes #sp #collab', 'Attributed sales': 1000 }),
      promotionRow('Bo', { 'caption ': 'Ad: new shoes from Acme', 'Attributed sales': 1000 }),
      promotionRow('Cy', { 'caption ': 'no disclosure yet', Stage: 'Co-creation', 'Attributed sales': 1000 }),
    ]);
    addon.gas.validateAllRows();
    expect(columnOf(addon, 'Status', 2, 4)).toEqual([
      '2 warnings: Caption missing: no #ad, #sponsored, "advertisement" or "paid partnership"; Caption vague: #sp and #collab alone do not disclose',
      'OK',
      'OK',
    ]);
    // Fixing the caption clears the warnings on the next edit.
    typeCell(addon, 2, 'caption ', 'New shoes #ad #sp');
    expect(cellOf(addon, 2, 'Status')).toBe('OK');
    // Set up workbook neither adds nor requires the column.
    addon.gas.setUpWorkbook();
    expect(header(addon).filter((h) => h.trim().toLowerCase() === 'caption')).toEqual(['caption ']);
  });

  it('10,000 rows in at most 10 service calls', () => {
    typeRows(
      addon,
      2,
      Array.from({ length: 10000 }, (_, i) => promotionRow(`P${i % 300}`, { Stage: STAGES[i % 8] })),
    );
    addon.emu.calls.reset();
    addon.gas.validateAllRows();
    expect(addon.emu.calls.total('spreadsheet')).toBeLessThanOrEqual(10);
    expect(addon.emu.ui.toasts.at(-1)?.message).toMatch(/^Validated 10000 rows/);
  });

  it('without a Pipeline sheet it says what to do', () => {
    const fresh = freshAddon();
    fresh.gas.validateAllRows();
    expect(fresh.emu.ui.toasts.at(-1)?.message).toBe(
      'There is no Pipeline sheet yet: run Set up workbook first.',
    );
  });

  it('a date typed as text and a commission typed as 10 are named', () => {
    typeRows(addon, 2, [
      promotionRow('Bo', { Commission: 10, 'Last check-in': 'yesterday', 'Start date': day('2026-09-01') }),
      promotionRow('Cy'),
    ]);
    addon.gas.validateAllRows();
    expect(cellOf(addon, 2, 'Status')).toBe(
      '2 errors: Commission 10 is over 100%: did you mean 10%?; Last check-in must be a date (got "yesterday")',
    );
  });
});
