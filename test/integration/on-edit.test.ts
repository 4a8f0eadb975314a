import { type Addon, plain } from './harness';
import {
  cellOf,
  columnOf,
  HEADERS,
  header,
  letter,
  promotionRow,
  rowValues,
  setUpAddon,
  typeCell,
  typeRows,
} from './pipeline-helpers';

let addon: Addon;
beforeEach(() => {
  addon = setUpAddon();
});

/** Every cell of the Pipeline except the ID and Status columns, for "nothing else changed" checks. */
function userCells(a: Addon) {
  const names = header(a);
  const owned = new Set([names.indexOf('ID'), names.indexOf('Status')]);
  return plain(a.emu.user.snapshot('Pipeline').map((row) => row.filter((_, c) => !owned.has(c))));
}

describe('onEdit', () => {
  it('a new row gets an ID and a Status, and the Score and Payout formulas fill in', () => {
    typeRows(addon, 2, [promotionRow('Ada')]);
    expect(cellOf(addon, 2, 'ID')).toBe('P-0001');
    expect(cellOf(addon, 2, 'Status')).toBe('OK');
    expect(cellOf(addon, 2, 'Score')).toBeCloseTo(86.67, 2);
    expect(cellOf(addon, 2, 'Payout')).toBe(1500);
  });

  it('single-cell edits re-check the row and write the counted status line', () => {
    typeRows(addon, 2, [promotionRow('Ada')]);
    typeCell(addon, 2, 'Contract signed', false);
    typeCell(addon, 2, 'Disclosure', false);
    typeCell(addon, 2, 'Revision rounds', 3);
    expect(cellOf(addon, 2, 'Status')).toBe(
      '2 errors, 1 warning: Contract not signed; Disclosure missing; 3 revision rounds (max 2)',
    );
    typeCell(addon, 2, 'Contract signed', true);
    typeCell(addon, 2, 'Disclosure', true);
    typeCell(addon, 2, 'Revision rounds', 2);
    expect(cellOf(addon, 2, 'Status')).toBe('OK');
    expect(cellOf(addon, 2, 'ID')).toBe('P-0001');
  });

  it('edits on other sheets and in AuthMode.NONE return at once', () => {
    addon.emu.calls.reset();
    addon.gas.onEdit(addon.emu.user.edit('Assumptions', 'B2', [[99]]));
    expect(addon.emu.calls.roundTrips()).toBe(1); // Sheet.getName
    expect(addon.emu.calls.total('properties') + addon.emu.calls.total('lock')).toBe(0);
    const event = addon.emu.user.edit('Pipeline', 'B2', [['Ada']]);
    addon.emu.calls.reset();
    addon.gas.onEdit({ ...event, authMode: 'NONE' });
    expect(addon.emu.calls.total()).toBe(0);
    expect(cellOf(addon, 2, 'Status')).toBe('');
  });

  it('a pasted block validates every row with one read and one write per column', () => {
    const records = Array.from({ length: 500 }, (_, i) =>
      i % 2 ? promotionRow(`Producer ${i}`) : { ...promotionRow(`Producer ${i}`), Disclosure: false },
    );
    addon.emu.calls.reset();
    typeRows(addon, 2, records);
    expect(addon.emu.calls.roundTrips()).toBeLessThanOrEqual(6);
    expect(addon.emu.calls.byMethod()['Range.setValues']).toBe(2);
    const statuses = columnOf(addon, 'Status', 2, 501);
    expect(statuses.filter((s) => s === 'OK')).toHaveLength(250);
    expect(statuses.filter((s) => s === '1 error: Disclosure missing')).toHaveLength(250);
    const ids = columnOf(addon, 'ID', 2, 501);
    expect(new Set(ids).size).toBe(500);
    expect(ids[499]).toBe('P-0500');
  });

  it('one edited row costs the same service calls with 10 rows or 10,000', () => {
    const cost = (rows: number) => {
      const a = setUpAddon();
      typeRows(
        a,
        2,
        Array.from({ length: rows }, (_, i) => promotionRow(`P${i}`)),
      );
      a.emu.calls.reset();
      typeCell(a, Math.ceil(rows / 2) + 1, 'Revision rounds', 3);
      return { roundTrips: a.emu.calls.roundTrips(), all: a.emu.calls.total('spreadsheet') };
    };
    const small = cost(10);
    expect(cost(10000)).toEqual(small);
    expect(small.roundTrips).toBeLessThanOrEqual(6);
  });

  it('pasted rows that carry IDs push new IDs past them', () => {
    typeRows(addon, 2, [promotionRow('Ada', { ID: 'P-0001' }), promotionRow('Bo', { ID: 'P-0007' })]);
    typeRows(addon, 4, [promotionRow('Cy')]);
    expect(columnOf(addon, 'ID', 2, 4)).toEqual(['P-0001', 'P-0007', 'P-0008']);
  });

  it('clearing a range clears the Status of emptied rows but keeps their IDs', () => {
    typeRows(addon, 2, [promotionRow('Ada'), promotionRow('Bo')]);
    const names = header(addon);
    const blank = names.map(() => '');
    const values = [blank, blank].map((row) => row.map((v, i) => (names[i] === 'ID' ? undefined : v)));
    // People clear everything but the ID (Delete key over B2:Z3).
    addon.gas.onEdit(
      addon.emu.user.edit(
        'Pipeline',
        `B2:${letter(names.length - 1)}3`,
        values.map((r) => r.slice(1, -1) as unknown[]),
      ),
    );
    expect(columnOf(addon, 'Status', 2, 3)).toEqual(['', '']);
    expect(columnOf(addon, 'ID', 2, 3)).toEqual(['P-0001', 'P-0002']);
  });

  it('sorting moves IDs with their rows, and stage history follows the ID, not the row number', () => {
    typeRows(addon, 2, [
      { ...promotionRow('Zed'), Stage: 'Negotiation' },
      { ...promotionRow('Amy'), Stage: 'Discovery' },
    ]);
    expect(columnOf(addon, 'ID', 2, 3)).toEqual(['P-0001', 'P-0002']);
    addon.emu.user.sortRows('Pipeline', 2, header(addon).indexOf('Producer') + 1);
    expect(columnOf(addon, 'Producer', 2, 3)).toEqual(['Amy', 'Zed']);
    expect(columnOf(addon, 'ID', 2, 3)).toEqual(['P-0002', 'P-0001']);
    // Zed (now row 3) jumps from Negotiation to Promotion; Amy (row 2) moves one step.
    typeCell(addon, 3, 'Stage', 'Promotion');
    typeCell(addon, 2, 'Stage', 'Negotiation');
    expect(cellOf(addon, 3, 'Status')).toBe('1 warning: skipped Onboarding, Co-creation');
    expect(cellOf(addon, 2, 'Status')).toBe('OK');
  });

  it('inserted rows and deleted rows leave no stale Status', () => {
    typeRows(addon, 2, [
      promotionRow('Ada'),
      { ...promotionRow('Bo'), Disclosure: false },
      promotionRow('Cy'),
    ]);
    addon.emu.user.insertRowsBefore('Pipeline', 3, 1);
    expect(columnOf(addon, 'Status', 2, 5)).toEqual(['OK', '', '1 error: Disclosure missing', 'OK']);
    addon.emu.user.deleteRows('Pipeline', 4, 1);
    expect(columnOf(addon, 'Producer', 2, 4)).toEqual(['Ada', '', 'Cy']);
    expect(columnOf(addon, 'Status', 2, 4)).toEqual(['OK', '', 'OK']);
    typeRows(addon, 3, [promotionRow('Dee')]);
    expect(columnOf(addon, 'ID', 2, 4)).toEqual(['P-0001', 'P-0004', 'P-0003']);
  });

  it('an inserted column of the user’s is left alone and columns are still found by header', () => {
    typeRows(addon, 2, [promotionRow('Ada')]);
    addon.emu.user.insertColumnBefore('Pipeline', 3);
    addon.emu.user.setValues('Pipeline', 'C1:C2', [['Agency'], ['=SUM(1,2)']]);
    typeCell(addon, 2, 'Disclosure', false);
    expect(cellOf(addon, 2, 'Status')).toBe('1 error: Disclosure missing');
    expect(addon.emu.user.cell('Pipeline', 'C2').formula).toBe('=SUM(1,2)');
    expect(header(addon).indexOf('Status')).toBe(HEADERS.length);
  });

  it('a renamed header is reported in Status and by one toast, never a crash', () => {
    typeRows(addon, 2, [promotionRow('Ada')]);
    const disclosure = letter(header(addon).indexOf('Disclosure') + 1);
    addon.gas.onEdit(addon.emu.user.edit('Pipeline', `${disclosure}1`, [['Disclosed?']]));
    expect(addon.emu.ui.toasts.at(-1)?.message).toBe(
      'Pipeline is missing column "Disclosure": add it or run Set up workbook.',
    );
    const toasts = addon.emu.ui.toasts.length;
    typeCell(addon, 2, 'Revision rounds', 2);
    typeCell(addon, 2, 'Revision rounds', 1);
    expect(cellOf(addon, 2, 'Status')).toBe('1 error: column "Disclosure" is missing');
    expect(addon.emu.ui.toasts.length).toBe(toasts);
    // Renaming it back (case and spaces ignored) heals the next check.
    addon.gas.onEdit(addon.emu.user.edit('Pipeline', `${disclosure}1`, [['  DISCLOSURE ']]));
    typeCell(addon, 2, 'Revision rounds', 2);
    expect(cellOf(addon, 2, 'Status')).toBe('OK');
  });

  it('without a Status column it writes nothing but the ID and says so', () => {
    typeRows(addon, 2, [promotionRow('Ada')]);
    const status = letter(header(addon).indexOf('Status') + 1);
    addon.emu.user.setValues('Pipeline', `${status}1:${status}2`, [['Notes'], ['mine']]);
    typeCell(addon, 2, 'Revision rounds', 5);
    expect(addon.emu.user.getValues('Pipeline', `${status}2`)).toEqual([['mine']]);
    expect(addon.emu.ui.toasts.at(-1)?.message).toMatch(/missing column "Status"/);
  });

  it('when another run holds the lock it gives up without writing', () => {
    typeRows(addon, 2, [promotionRow('Ada')]);
    addon.emu.lock.heldElsewhere = true;
    const before = plain(addon.emu.user.snapshot('Pipeline'));
    const event = addon.emu.user.edit('Pipeline', 'B3', [['Bo']]);
    const typed = plain(addon.emu.user.snapshot('Pipeline'));
    addon.gas.onEdit(event);
    expect(plain(addon.emu.user.snapshot('Pipeline'))).toEqual(typed);
    expect(typed).not.toEqual(before);
    expect(addon.emu.ui.toasts.at(-1)?.message).toMatch(/Busy/);
  });

  it('hostile text in every column never becomes a formula and changes nothing but ID and Status', () => {
    const hostile = [
      '=IMPORTXML("http://evil","//a")',
      '+cmd|calc',
      '-2+3',
      '@SUM(A1)',
      '<script>alert(1)</script>',
      '"); DROP',
    ];
    const names = header(addon);
    // Every column but the formula-filled ones and Status (text of one's own in Status is left
    // alone, tested below).
    const rows = hostile.map((text) =>
      names.map((n) => (n === 'Score' || n === 'Payout' || n === 'Status' ? '' : `'${text}`)),
    );
    addon.emu.calls.reset();
    const before = userCells(addon);
    addon.gas.onEdit(
      addon.emu.user.edit('Pipeline', `A2:${letter(names.length)}${hostile.length + 1}`, rows),
    );
    const afterTyping = userCells(addon);
    expect(afterTyping).not.toEqual(before);
    const snapshot = addon.emu.user.snapshot('Pipeline');
    const formulas = snapshot
      .flatMap((row, r) => row.map((c, col) => ({ r, col, f: c.formula })))
      .filter((c) => c.f);
    expect(formulas.map((c) => c.r)).toEqual([0, 0]); // only the Score and Payout header formulas
    const statuses = columnOf(addon, 'Status', 2, hostile.length + 1);
    for (const status of statuses) expect(String(status)).toMatch(/^\d+ errors?/);
    expect(String(statuses[0])).toContain('Stage "=IMPORTXML');
    // The apostrophe-typed ID text is the user's: kept as text, not replaced.
    expect(columnOf(addon, 'ID', 2, 2)).toEqual(['=IMPORTXML("http://evil","//a")']);
  });

  it('no value, note or format outside ID and Status changes, whatever is typed', () => {
    typeRows(addon, 2, [
      promotionRow('Ada'),
      promotionRow('Bo', { Commission: 10, 'Last check-in': 'yesterday' }),
    ]);
    addon.emu.spreadsheet.getSheetByName('Pipeline')!.getRange('B2').setNote('a note of mine');
    addon.emu.spreadsheet.getSheetByName('Pipeline')!.getRange('D3').setBackground('#00ff00');
    const before = userCells(addon);
    typeCell(addon, 3, 'Stage', 'Measurement');
    addon.gas.validateAllRows();
    const after = userCells(addon);
    const stageCol = header(addon).indexOf('Stage');
    // The one typed cell is the only difference.
    const differences = after.flatMap((row, r) =>
      row.flatMap((cell, c) => (JSON.stringify(cell) === JSON.stringify(before[r]?.[c]) ? [] : [[r + 1, c]])),
    );
    expect(differences).toEqual([[3, stageCol - 1]]);
  });
});

it('dates in Status read as the spreadsheet shows them, even far east of UTC', () => {
  const far = setUpAddon({ timeZone: 'Pacific/Kiritimati' });
  // Midnight on 2026-09-10 and 2026-09-01 in UTC+14 are the previous days in UTC.
  const start = new Date(Date.UTC(2026, 8, 9, 10));
  const end = new Date(Date.UTC(2026, 7, 31, 10));
  typeRows(far, 2, [promotionRow('Ada', { Stage: 'Discovery', 'Start date': start, 'End date': end })]);
  expect(cellOf(far, 2, 'Status')).toBe('1 error: End date 2026-09-01 is before Start date 2026-09-10');
});

it('row values helper refuses unknown columns (guards the tests themselves)', () => {
  expect(() => rowValues(['A'], { B: 1 })).toThrow('no column B');
});
