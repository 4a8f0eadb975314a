// Prepare payouts through the built bundle: a month prepared, approved and paid; a refund after
// payment clawed back from the next month and shown on both rows; re-runs and later Results; the
// brief's tiers, bonus and cap; bad input; hostile text; people's own columns.
import { PAYOUTS_COLUMNS } from '../../src/core/payout/payouts-sheet';
import { completeDraft } from './brief-helpers';
import { type Addon, plain } from './harness';
import {
  payoutRow,
  payoutRows,
  payoutWorkbook,
  prepare,
  setPayoutCell,
  writeResults,
} from './payout-helpers';
import { header, letter } from './pipeline-helpers';

const MONEY = ['baseFee', 'attributedSales', 'commission', 'clawback', 'totalDue'] as const;
const money = (row: Record<string, unknown>) => MONEY.map((f) => row[f]);

/** A person types one Pipeline cell (onEdit runs, as in Sheets). */
function setPipelineCell(addon: Addon, row: number, name: string, value: unknown): void {
  const a1 = `${letter(header(addon).indexOf(name) + 1)}${row}`;
  addon.gas.onEdit(addon.emu.user.edit('Pipeline', a1, [[value]]));
}

let a: Addon;
beforeEach(() => {
  a = payoutWorkbook();
});

describe('a month prepared, approved and paid', () => {
  beforeEach(() => {
    writeResults(a, [
      { id: 'P-0001', month: '2026-11', source: 'Shopify', sales: 20000, refunds: 1000 },
      { id: 'P-0001', month: '2026-11', source: 'GA4', sales: 6000 },
      { id: 'P-0002', month: '2026-11', sales: 3000 },
    ]);
    prepare(a, '2026-11');
  });

  it('writes one pending row per partnership, commission on sales net of refunds, as HYBRID_PAYOUT computes', () => {
    const rows = payoutRows(a);
    expect(rows.map((r) => [r.id, r.producer, r.month, r.status])).toEqual([
      ['P-0001', 'Ada', '2026-11', 'pending'],
      ['P-0002', 'Bo', '2026-11', 'pending'],
    ]);
    expect(money(rows[0])).toEqual([1000, 25000, 2500, 0, 3500]);
    expect(rows[0].totalDue).toBe(a.gas.HYBRID_PAYOUT(1000, 0.1, 25000));
    expect(money(rows[1])).toEqual([500, 3000, 600, 0, 1100]);
    expect(a.emu.ui.toasts.at(-1)!.message).toBe(
      'Payouts for 2026-11: 2 rows, total due 4,600.00; 2 new, 0 updated, 0 unchanged.',
    );
    expect(a.emu.ui.prompts.at(-1)).toEqual({
      title: 'Prepare payouts',
      prompt: 'Which month? Type it as yyyy-mm, or leave it blank for 2026-11 (the last full month).',
      buttons: 'OK_CANCEL',
    });
    // Month is plain text (Sheets would read 2026-11 as a date); Status is a dropdown.
    const status = a.emu.user.cell('Payouts', 'I2');
    expect(a.emu.user.getValues('Payouts', 'I1')[0][0]).toBe('Status');
    expect(status.validation).toBe('VALUE_IN_LIST [["pending","approved","paid"],true]');
    expect(a.emu.user.cell('Payouts', 'C2').numberFormat).toBe('@');
    expect(a.emu.user.cell('Payouts', 'H2').numberFormat).toBe('#,##0.00');
  });

  it('a re-run with nothing changed writes nothing', () => {
    a.emu.calls.reset();
    prepare(a, '2026-11');
    expect(a.emu.calls.byMethod()['Range.setValues'] ?? 0).toBe(0);
    expect(a.emu.ui.toasts.at(-1)!.message).toContain('0 new, 0 updated, 2 unchanged');
  });

  it('recomputes a pending row when Results change, keeps approved and paid rows as they are', () => {
    setPayoutCell(a, 'P-0001', '2026-11', 'status', 'paid');
    setPayoutCell(a, 'P-0002', '2026-11', 'status', 'approved');
    const paidBefore = payoutRow(a, 'P-0001', '2026-11');
    writeResults(a, [
      { id: 'P-0001', month: '2026-11', sales: 90000 },
      { id: 'P-0002', month: '2026-11', sales: 4000 },
    ]);
    prepare(a, '2026-11');
    const paid = payoutRow(a, 'P-0001', '2026-11');
    expect(money(paid)).toEqual(money(paidBefore));
    expect(paid.status).toBe('paid');
    const approved = payoutRow(a, 'P-0002', '2026-11');
    expect(money(approved)).toEqual([500, 3000, 600, 0, 1100]);
    expect(approved.notes).toBe(
      'Changed after approval: the total due would now be 1300.00 (set Status to pending and prepare again to update it)',
    );
    expect(a.emu.ui.alerts.at(-1)!.prompt).toContain('P-0002 2026-11 is approved and was not changed');
    // Back to pending: computed again, and the note goes.
    setPayoutCell(a, 'P-0002', '2026-11', 'status', 'pending');
    prepare(a, '2026-11');
    const updated = payoutRow(a, 'P-0002', '2026-11');
    expect(money(updated)).toEqual([500, 4000, 800, 0, 1300]);
    expect(updated.notes).toBe('');
  });
});

describe('a refund after the month was paid', () => {
  beforeEach(() => {
    writeResults(a, [{ id: 'P-0001', month: '2026-10', sales: 25000 }]);
    prepare(a, '2026-10');
    setPayoutCell(a, 'P-0001', '2026-10', 'status', 'paid');
    // The Shopify export of November brings a 5,000 refund of an October order.
    writeResults(a, [
      { id: 'P-0001', month: '2026-10', sales: 25000, refunds: 5000 },
      { id: 'P-0001', month: '2026-11', sales: 8000 },
    ]);
  });

  it('is clawed back from the next payout and shown on both rows; the paid row keeps its amounts', () => {
    const paidBefore = payoutRow(a, 'P-0001', '2026-10');
    prepare(a, '2026-11');
    const november = payoutRow(a, 'P-0001', '2026-11');
    expect(money(november)).toEqual([1000, 8000, 800, 500, 1300]);
    expect(november.clawbackFor).toBe('2026-10: 500.00');
    expect(november.notes).toBe('claws back refunds after payment of 2026-10');
    const october = payoutRow(a, 'P-0001', '2026-10');
    expect(money(october)).toEqual(money(paidBefore));
    expect(october.status).toBe('paid');
    expect(october.clawedBackLater).toBe('2026-11: 500.00');
    expect(october.notes).toBe('Refunds after payment: attributed sales now 20000.00 (paid on 25000.00)');
    expect(a.emu.ui.toasts.at(-1)!.message).toContain('500.00 of refunds after payment clawed back on 1 row');
  });

  it('is clawed back once: re-runs, a paid next month and the month after take nothing more', () => {
    prepare(a, '2026-11');
    prepare(a, '2026-11');
    expect(payoutRow(a, 'P-0001', '2026-11').clawback).toBe(500);
    setPayoutCell(a, 'P-0001', '2026-11', 'status', 'paid');
    a.emu.setNow(new Date(Date.UTC(2027, 0, 5, 15)));
    prepare(a, '2026-12');
    const december = payoutRow(a, 'P-0001', '2026-12');
    expect(december.clawback).toBe(0);
    expect(december.notes).toBe('no Results for 2026-12: no attributed sales');
    expect(payoutRow(a, 'P-0001', '2026-10').clawedBackLater).toBe('2026-11: 500.00');
  });

  it('a second refund of the same month is clawed back for the difference only', () => {
    prepare(a, '2026-11');
    setPayoutCell(a, 'P-0001', '2026-11', 'status', 'paid');
    writeResults(a, [
      { id: 'P-0001', month: '2026-10', sales: 25000, refunds: 7000 },
      { id: 'P-0001', month: '2026-11', sales: 8000 },
      { id: 'P-0001', month: '2026-12', sales: 1000 },
    ]);
    a.emu.setNow(new Date(Date.UTC(2027, 0, 5, 15)));
    prepare(a, '2026-12');
    expect(payoutRow(a, 'P-0001', '2026-12').clawbackFor).toBe('2026-10: 200.00');
    expect(payoutRow(a, 'P-0001', '2026-10').clawedBackLater).toBe('2026-11: 500.00; 2026-12: 200.00');
    expect(money(payoutRow(a, 'P-0001', '2026-11'))).toEqual([1000, 8000, 800, 500, 1300]);
  });

  it('more than the next payout: what is left waits for the one after', () => {
    writeResults(a, [{ id: 'P-0001', month: '2026-10', sales: 25000, refunds: 25000 }]);
    setPipelineCell(a, 2, 'Base fee', 0);
    prepare(a, '2026-11');
    const november = payoutRow(a, 'P-0001', '2026-11');
    expect(money(november)).toEqual([0, 0, 0, 0, 0]);
    expect(november.notes).toBe(
      'no Results for 2026-11: no attributed sales; 2500.00 of refunds after payment is left for a later payout',
    );
  });

  /**
   * Refunds for October and November (both paid) arrive; December is prepared: the later clawbacks
   * are shown on both paid rows, in one span write beside the block of December's new rows.
   */
  const decemberAfterLateRefunds = () => {
    writeResults(a, [
      { id: 'P-0001', month: '2026-10', sales: 25000, refunds: 6000 },
      { id: 'P-0001', month: '2026-11', sales: 8000, refunds: 1000 },
    ]);
    a.emu.setNow(new Date(Date.UTC(2027, 0, 5, 15)));
    a.emu.calls.reset();
    prepare(a, '2026-12');
    expect(a.emu.calls.byMethod()['Range.setValues']).toBe(2);
    expect(payoutRow(a, 'P-0001', '2026-10').clawedBackLater).toBe('2026-11: 500.00; 2026-12: 100.00');
    expect(payoutRow(a, 'P-0001', '2026-11').clawedBackLater).toBe('2026-12: 100.00');
  };

  it('shows later clawbacks on scattered paid rows in one write, keeping the rows between', () => {
    prepare(a, '2026-11'); // rows 2 and 3: October (P-0001 paid), rows 4 and 5: November
    setPayoutCell(a, 'P-0001', '2026-11', 'status', 'paid');
    setPayoutCell(a, 'P-0002', '2026-10', 'notes', 'checked by Jo');
    decemberAfterLateRefunds();
    // One block of new rows (P-0001, P-0002 for December) and one span over rows 2 to 4.
    expect(payoutRow(a, 'P-0001', '2026-12').clawbackFor).toBe('2026-10: 100.00; 2026-11: 100.00');
    expect(payoutRow(a, 'P-0002', '2026-10').row).toBe(3);
    expect(payoutRow(a, 'P-0002', '2026-10').notes).toBe('checked by Jo');
  });

  it("keeps the text of a row of someone's own between scattered paid rows it spans", () => {
    prepare(a, '2026-11');
    setPayoutCell(a, 'P-0001', '2026-11', 'status', 'paid');
    // A row of one's own between October's and November's rows, with text in the Notes column.
    a.emu.user.insertRowsBefore('Payouts', 4, 1);
    const titles = a.emu.user.getValues('Payouts')[0].map(String);
    const notes = letter(titles.indexOf(PAYOUTS_COLUMNS.notes) + 1);
    const later = letter(titles.indexOf(PAYOUTS_COLUMNS.clawedBackLater) + 1);
    a.emu.user.setValues('Payouts', `${notes}4`, [['ask finance about October']]);
    a.emu.user.setValues('Payouts', `${later}4`, [['see the email of 2 Dec']]);
    decemberAfterLateRefunds(); // still one span, now over rows 2 to 5
    expect(a.emu.user.getValues('Payouts', `${notes}4`)[0][0]).toBe('ask finance about October');
    expect(a.emu.user.getValues('Payouts', `${later}4`)[0][0]).toBe('see the email of 2 Dec');
  });

  it('finds its rows by ID and month after people sort the sheet', () => {
    prepare(a, '2026-11');
    a.emu.user.sortRows('Payouts', 2, 3, false); // newest month first
    expect(payoutRows(a)[0].month).toBe('2026-11');
    writeResults(a, [
      { id: 'P-0001', month: '2026-10', sales: 25000, refunds: 6000 },
      { id: 'P-0001', month: '2026-11', sales: 8000 },
    ]);
    prepare(a, '2026-11');
    expect(payoutRows(a)).toHaveLength(4);
    expect(money(payoutRow(a, 'P-0001', '2026-11'))).toEqual([1000, 8000, 800, 600, 1200]);
    expect(payoutRow(a, 'P-0001', '2026-10').clawedBackLater).toBe('2026-11: 600.00');
    expect(payoutRow(a, 'P-0001', '2026-10').status).toBe('paid');
  });

  it('a paid month survives a later import that changes its Results', () => {
    prepare(a, '2026-11');
    const before = payoutRow(a, 'P-0001', '2026-10');
    writeResults(a, [
      { id: 'P-0001', month: '2026-10', source: 'GA4', sales: 99000 },
      { id: 'P-0001', month: '2026-11', sales: 8000 },
    ]);
    prepare(a, '2026-10');
    prepare(a, '2026-11');
    const october = payoutRow(a, 'P-0001', '2026-10');
    expect(money(october)).toEqual(money(before));
    expect(october.status).toBe('paid');
    // Sales went up, not down: nothing is clawed back, and the November row is pending again without it.
    expect(payoutRow(a, 'P-0001', '2026-11').clawback).toBe(0);
    expect(october.clawedBackLater).toBe('');
  });
});

describe('terms from the brief sheet', () => {
  it('uses the brief’s tiers, bonus and cap, and the Pipeline’s Tier mode', () => {
    const context = plain(a.gas.getBriefContext('P-0001'));
    const draft = completeDraft(context.draft, {
      commissionKind: 'Tiers',
      bonusThreshold: '20000',
      bonusAmount: '500',
      cap: '4000',
    });
    const result = a.gas.createBrief('P-0001', {
      ...draft,
      tiers: [
        { from: '0', rate: '10' },
        { from: '10000', rate: '15' },
      ],
    });
    expect(plain(result).ok).toBe(true);
    writeResults(a, [{ id: 'P-0001', month: '2026-11', sales: 25000 }]);
    prepare(a, '2026-11');
    expect(payoutRow(a, 'P-0001', '2026-11').notes).toBe('');
    // Marginal: 1,000 + 2,250 + bonus 500 = 3,750, under the cap.
    const tiers = [
      [0, 0.1],
      [10000, 0.15],
    ];
    const expected = a.gas.HYBRID_PAYOUT(1000, tiers, 25000, 20000, 500, 4000);
    expect(payoutRow(a, 'P-0001', '2026-11').totalDue).toBe(expected);
    expect(payoutRow(a, 'P-0001', '2026-11').commission).toBe(3750);
    // A "Tier mode" column on the Pipeline set to whole: 15% of all 25,000 + 500, capped at 4,000.
    const column = letter(header(a).length + 1);
    a.emu.user.setValues('Pipeline', `${column}1:${column}2`, [['Tier mode'], ['whole']]);
    prepare(a, '2026-11');
    expect(payoutRow(a, 'P-0001', '2026-11').commission).toBe(
      a.gas.HYBRID_PAYOUT(1000, tiers, 25000, 20000, 500, 4000, 'whole') - 1000,
    );
    expect(payoutRow(a, 'P-0001', '2026-11').commission).toBe(4000);
  });

  const tieredBrief = () => {
    const draft = completeDraft(plain(a.gas.getBriefContext('P-0001')).draft, {
      commissionKind: 'Tiers',
      bonusThreshold: '20000',
      bonusAmount: '500',
      cap: '4000',
    });
    a.gas.createBrief('P-0001', {
      ...draft,
      tiers: [
        { from: '0', rate: '10' },
        { from: '10000', rate: '15' },
      ],
    });
    writeResults(a, [{ id: 'P-0001', month: '2026-11', sales: 25000 }]);
  };

  it('finds the brief through the link in its Brief cell, asking no sheet its name', () => {
    setPipelineCell(a, 2, 'Brief', ''); // so createBrief links the cell to the sheet
    tieredBrief();
    a.emu.calls.reset();
    prepare(a, '2026-11');
    const linked = a.emu.calls.byMethod();
    expect(linked['Sheet.getName'] ?? 0).toBe(0);
    expect(linked['Range.getRichTextValues']).toBe(1);
    expect(payoutRow(a, 'P-0001', '2026-11').commission).toBe(3750);
    // The same brief with someone's own text in the Brief cell: found by its name, one lookup more,
    // and the Brief column's links are not read at all.
    setPipelineCell(a, 2, 'Brief', 'see the signed contract');
    writeResults(a, [{ id: 'P-0001', month: '2026-11', sales: 26000 }]);
    a.emu.calls.reset();
    prepare(a, '2026-11');
    const named = a.emu.calls.byMethod();
    expect(named['Spreadsheet.getSheetByName']).toBe(linked['Spreadsheet.getSheetByName'] + 1);
    expect(named['Range.getRichTextValues'] ?? 0).toBe(0);
    expect(payoutRow(a, 'P-0001', '2026-11').commission).toBe(3900);
  });

  it('finds it by name when the Brief cell links to another sheet', () => {
    setPipelineCell(a, 2, 'Brief', '');
    tieredBrief();
    const cell = a.emu.spreadsheet.getSheetByName('Pipeline')!.getRange(2, header(a).indexOf('Brief') + 1);
    const app = a.emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    // The brief's name as its text, linked to the Results sheet.
    const results = a.emu.spreadsheet.getSheetByName('Results')!;
    cell.setRichTextValue(
      app.newRichTextValue().setText('Brief P-0001').setLinkUrl(`#gid=${results.getSheetId()}`).build(),
    );
    prepare(a, '2026-11');
    expect(payoutRow(a, 'P-0001', '2026-11').commission).toBe(3750);
  });
});

describe('bad input', () => {
  it.each([
    ['Nov 2026', 'Type the month as yyyy-mm, for example 2026-11 (got "Nov 2026").'],
    ['2026-13', 'Type the month as yyyy-mm, for example 2026-11 (got "2026-13").'],
    [
      '2026-12',
      '2026-12 has not ended yet: payouts are prepared for a month that is over (the last is 2026-11).',
    ],
  ])('a month typed as %p is refused with a message and nothing is written', (typed, message) => {
    prepare(a, typed);
    expect(a.emu.ui.alerts.at(-1)).toEqual({
      title: 'Payouts were not prepared',
      prompt: message,
      buttons: 'OK',
    });
    expect(a.emu.spreadsheet.getSheetByName('Payouts')).toBeNull();
  });

  it('Cancel does nothing; a blank answer is the last full month', () => {
    prepare(a, '2026-10', 'CANCEL');
    expect(a.emu.spreadsheet.getSheetByName('Payouts')).toBeNull();
    prepare(a, '');
    expect(payoutRows(a).map((r) => r.month)).toEqual(['2026-11', '2026-11']);
  });

  it('text in a money cell: a row error in Notes, blank amounts, never NaN or a silent 0', () => {
    setPipelineCell(a, 3, 'Base fee', 'five hundred');
    writeResults(a, [
      { id: 'P-0001', month: '2026-10', sales: 25000 },
      { id: 'P-0002', month: '2026-11', sales: 'lots' },
    ]);
    prepare(a, '2026-10');
    setPayoutCell(a, 'P-0001', '2026-10', 'status', 'paid');
    setPayoutCell(a, 'P-0001', '2026-10', 'attributedSales', 'a lot');
    writeResults(a, [{ id: 'P-0001', month: '2026-10', sales: 25000, refunds: 100 }]);
    prepare(a, '2026-11');
    const bo = payoutRow(a, 'P-0002', '2026-11');
    expect(money(bo)).toEqual(['', '', '', '', '']);
    expect(bo.notes).toBe('Not computed: Base fee must be a number (got "five hundred")');
    const alert = a.emu.ui.alerts.at(-1)!.prompt;
    expect(alert).toContain(
      'P-0002: Base fee must be a number (got "five hundred"): its 2026-11 row has no amounts.',
    );
    expect(alert).toContain(
      'Payouts row 2 (P-0001 2026-10, paid): Attributed sales must be a number (got "a lot"), so refunds after payment were not checked.',
    );
    expect(payoutRow(a, 'P-0001', '2026-11').clawback).toBe(0);
    for (const row of payoutRows(a)) for (const v of Object.values(row)) expect(Number.isNaN(v)).toBe(false);
  });

  it('a Payouts sheet missing one of its columns is refused and left as it is', () => {
    prepare(a, '2026-11');
    a.emu.user.setValues('Payouts', 'I1', [['State']]);
    const before = plain(a.emu.user.getValues('Payouts'));
    prepare(a, '2026-10');
    expect(a.emu.ui.alerts.at(-1)!.prompt).toBe(
      'The Payouts sheet has no "Status" column. Nothing was written: put it back (Undo, or type the header), or rename the sheet to start a new one.',
    );
    expect(plain(a.emu.user.getValues('Payouts'))).toEqual(before);
  });

  it('a Results sheet whose Attributed sales header was renamed is refused, not read as no sales', () => {
    writeResults(a, [{ id: 'P-0001', month: '2026-11', sales: 25000 }]);
    const column = letter(a.emu.user.getValues('Results')[0].indexOf('Attributed sales') + 1);
    a.emu.user.setValues('Results', `${column}1`, [['Sales']]);
    prepare(a, '2026-11');
    expect(a.emu.ui.alerts.at(-1)!.prompt).toBe(
      'The Results sheet has no "Attributed sales" column, so no sales can be added up: put it back or import the results again. Nothing was written.',
    );
    expect(a.emu.spreadsheet.getSheetByName('Payouts')).toBeNull();
  });

  it('a Pipeline without Commission is refused with the usual message', () => {
    a.emu.user.setValues('Pipeline', `${letter(header(a).indexOf('Commission') + 1)}1`, [['Rate']]);
    prepare(a, '2026-11');
    expect(a.emu.ui.alerts.at(-1)!.prompt).toBe(
      'Pipeline is missing column "Commission": add it or run Set up workbook.',
    );
  });

  it('a Status nobody knows leaves the row alone and says so', () => {
    prepare(a, '2026-11');
    setPayoutCell(a, 'P-0001', '2026-11', 'status', 'on hold');
    writeResults(a, [{ id: 'P-0001', month: '2026-11', sales: 1000 }]);
    prepare(a, '2026-11');
    expect(payoutRow(a, 'P-0001', '2026-11').attributedSales).toBe(0);
    expect(a.emu.ui.alerts.at(-1)!.prompt).toContain(
      'Status "on hold" is not pending, approved or paid, so the row was left as it is.',
    );
  });

  it('Results for a partnership not in the Pipeline are named, not dropped silently', () => {
    writeResults(a, [{ id: 'P-0404', month: '2026-11', sales: 100 }]);
    prepare(a, '2026-11');
    expect(a.emu.ui.alerts.at(-1)!.prompt).toContain(
      'Results for 2026-11 name 1 partnership not in the Pipeline (P-0404): no payout rows for them.',
    );
  });
});

describe('the sheet belongs to people too', () => {
  it('adds rows when the Payouts sheet has none left below its last', () => {
    prepare(a, '2026-10');
    const sheet = a.emu.spreadsheet.getSheetByName('Payouts')!;
    sheet.deleteRows(4, sheet.getMaxRows() - 3);
    expect(sheet.getMaxRows()).toBe(3);
    prepare(a, '2026-11');
    expect(payoutRows(a).map((r) => `${r.id} ${r.month}`)).toEqual([
      'P-0001 2026-10',
      'P-0002 2026-10',
      'P-0001 2026-11',
      'P-0002 2026-11',
    ]);
  });

  it('keeps a person’s own columns, finds moved columns by header, and writes hostile text as text', () => {
    const hostile = '=HYPERLINK("https://evil.example","click")';
    setPipelineCell(a, 3, 'Producer', `'${hostile}`);
    prepare(a, '2026-10');
    // A person adds a column of their own in the middle and writes in it.
    const sheet = a.emu.spreadsheet.getSheetByName('Payouts')!;
    sheet.insertColumnBefore(4);
    a.emu.user.setValues('Payouts', 'D1:D3', [['Paid by'], ['Wire 7781'], ["'@cash"]]);
    writeResults(a, [{ id: 'P-0002', month: '2026-10', sales: 1000 }]);
    prepare(a, '2026-10');
    expect(a.emu.user.getValues('Payouts', 'D1:D3')).toEqual([['Paid by'], ['Wire 7781'], ['@cash']]);
    const bo = payoutRow(a, 'P-0002', '2026-10');
    expect(money(bo)).toEqual([500, 1000, 200, 0, 700]);
    expect(bo.producer).toBe(hostile);
    const cell = a.emu.user.cell('Payouts', `B${bo.row}`);
    expect(cell.formula).toBe('');
    expect(cell.value).toBe(hostile);
  });

  it('a producer named like a number stays the text it is', () => {
    setPipelineCell(a, 3, 'Producer', "'0042");
    prepare(a, '2026-11');
    expect(payoutRow(a, 'P-0002', '2026-11').producer).toBe('0042');
  });

  it('an ID a person typed that looks like a formula stays text in Payouts', () => {
    setPipelineCell(a, 3, 'ID', "'@bo+1");
    prepare(a, '2026-11');
    const row = payoutRow(a, '@bo+1', '2026-11');
    const cell = a.emu.user.cell('Payouts', `A${row.row}`);
    expect([cell.value, cell.formula]).toEqual(['@bo+1', '']);
    expect(row.totalDue).toBe(500);
  });
});

describe('Write statements for selected payouts', () => {
  it('writes a statement sheet per selected row, with both sides of a clawback', () => {
    writeResults(a, [{ id: 'P-0001', month: '2026-10', sales: 25000 }]);
    prepare(a, '2026-10');
    setPayoutCell(a, 'P-0001', '2026-10', 'status', 'paid');
    writeResults(a, [
      { id: 'P-0001', month: '2026-10', sales: 25000, refunds: 5000 },
      { id: 'P-0001', month: '2026-11', source: 'Shopify', sales: 6000, refunds: 500 },
      { id: 'P-0001', month: '2026-11', source: 'GA4', sales: 2500 },
    ]);
    prepare(a, '2026-11');
    const rows = payoutRows(a).filter((r) => r.id === 'P-0001');
    a.emu.user.select('Payouts', `A${rows[0].row}:B${rows[1].row}`);
    a.gas.writeStatements();
    expect(a.emu.ui.toasts.at(-1)!.message).toBe(
      '3 statements written: Statement P-0001 2026-10, Statement P-0002 2026-10, Statement P-0001 2026-11.',
    );
    const november = a.emu.user.getValues('Statement P-0001 2026-11');
    const line = (label: string) => november.find((r) => r[0] === label);
    expect(november[0][0]).toBe('Statement P-0001 2026-11: Ada');
    expect(line('Refunds clawed back')![1]).toBe(500);
    expect(line('  for paid months')![1]).toBe('2026-10: 500.00');
    expect(line('Total due')![1]).toBe(1000 + 800 - 500);
    expect(line('Shopify')!.slice(0, 4)).toEqual(['Shopify', 6000, 500, 5500]);
    expect(line('Total')!.slice(0, 4)).toEqual(['Total', 8500, 500, 8000]);
    const october = a.emu.user.getValues('Statement P-0001 2026-10');
    expect(october.find((r) => r[0] === 'Refunds after payment, clawed back later')![1]).toBe(
      '2026-11: 500.00',
    );
    expect(october.find((r) => r[0] === 'Status')![1]).toBe('paid');
  });

  it('asks for a selection on the Payouts sheet, and never clears a sheet that is not a statement', () => {
    prepare(a, '2026-11');
    a.emu.user.select('Pipeline', 'A2');
    a.gas.writeStatements();
    expect(a.emu.ui.alerts.at(-1)!.prompt).toContain(
      'Select the rows of the payouts to write statements for',
    );
    a.emu.spreadsheet.insertSheet('Statement P-0001 2026-11');
    a.emu.user.setValues('Statement P-0001 2026-11', 'A1', [['my notes']]);
    a.emu.user.select('Payouts', 'A2');
    a.gas.writeStatements();
    expect(a.emu.ui.alerts.at(-1)!.prompt).toContain(
      'a sheet named "Statement P-0001 2026-11" holds something else',
    );
    expect(a.emu.user.getValues('Statement P-0001 2026-11')).toEqual([['my notes']]);
  });

  it('text people typed into the Payouts row stays text on the statement', () => {
    prepare(a, '2026-11');
    const hostile = '=HYPERLINK("https://evil.example","paid")';
    setPayoutCell(a, 'P-0001', '2026-11', 'status', `'${hostile}`);
    setPayoutCell(a, 'P-0001', '2026-11', 'clawbackFor', "'@see row 9");
    a.emu.user.select('Payouts', 'A2');
    a.gas.writeStatements();
    const sheet = a.emu.user.getValues('Statement P-0001 2026-11');
    const at = (label: string) => `B${sheet.findIndex((r) => r[0] === label) + 1}`;
    for (const [label, text] of [
      ['Status', hostile],
      ['  for paid months', '@see row 9'],
    ]) {
      const cell = a.emu.user.cell('Statement P-0001 2026-11', at(label));
      expect([cell.value, cell.formula]).toEqual([text, '']);
    }
  });
});
