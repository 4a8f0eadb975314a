// Checklist digests through the built bundle: once Validate all rows has read every tick, an edit
// that leaves a row's Stage alone takes its checklist warnings from the digest kept beside the
// row's stage record instead of searching and reading the ticks sheet, and says exactly the same.
import fc from 'fast-check';
import { CHECKLIST_ITEM_KEYS } from '../../src/core/lifecycle/checklists';
import { STAGES } from '../../src/core/lifecycle/pipeline';
import type { Addon } from './harness';
import { cellOf, columnOf, NOW, promotionRow, setUpAddon, typeCell, typeRows } from './pipeline-helpers';

const TICKS = 'Checklist ticks';
const COMPLETE = 'pp.checklistDigestsComplete';

function workbook(): Addon {
  const a = setUpAddon();
  typeRows(a, 2, [
    promotionRow('Ana Lopez', { Stage: 'Promotion' }),
    promotionRow('Ben Okafor', { Stage: 'Co-creation' }),
    promotionRow('Cleo Park', { Stage: 'Discovery' }),
    promotionRow('Dev Shah', { Stage: 'Measurement' }),
  ]);
  return a;
}

const documentProperty = (a: Addon, key: string) =>
  (a.emu.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
    .getDocumentProperties()
    .getProperty(key);

/** What an edit asked of the ticks: its searches, and reads of any sheet (header, row, ticks). */
function editCost(a: Addon, row: number, column: string, value: unknown) {
  a.emu.calls.reset();
  typeCell(a, row, column, value);
  const calls = a.emu.calls.byMethod();
  return {
    searches: calls['TextFinder.findAll'] ?? 0,
    reads: calls['Range.getValues'] ?? 0,
    roundTrips: a.emu.calls.roundTrips(),
  };
}

/** A value typed by hand into the hidden ticks sheet, with the onEdit Sheets sends for it. */
function typeIntoTicks(a: Addon, a1: string, value: unknown) {
  a.gas.onEdit(a.emu.user.edit(TICKS, a1, [[value]]));
}

let addon: Addon;
beforeEach(() => {
  addon = workbook();
  addon.gas.setChecklistTick('P-0001', 'discovery.rubric', true);
  addon.gas.setChecklistTick('P-0001', 'onboarding.kickoff', true);
  addon.gas.validateAllRows();
});

describe('an edit once Validate all rows has kept the digests', () => {
  it('reads neither the ticks nor searches for them, and warns as reading them would', () => {
    expect(documentProperty(addon, COMPLETE)).toBe('1');
    const before = String(cellOf(addon, 2, 'Status'));
    expect(before).toContain('Discovery checklist 1/3');
    expect(before).toContain('Onboarding checklist 1/5');
    // A score out of range: the Status changes, its checklist warnings stay.
    expect(editCost(addon, 2, 'Relevance', 9)).toEqual({ searches: 0, reads: 2, roundTrips: 4 });
    const after = String(cellOf(addon, 2, 'Status'));
    expect(after).toContain('Relevance');
    expect(after).toContain('Discovery checklist 1/3');
    expect(after).toContain('Onboarding checklist 1/5');
  });

  it('reads the ticks when the Stage changes, since other lists are passed then', () => {
    expect(editCost(addon, 3, 'Stage', 'Measurement').searches).toBe(1);
    expect(String(cellOf(addon, 3, 'Status'))).toContain('Promotion checklist 0/4');
    // The new stage's digest is kept: the next edit of the row needs no ticks.
    expect(editCost(addon, 3, 'Niche', 'Cycling').searches).toBe(0);
    expect(String(cellOf(addon, 3, 'Status'))).toContain('Promotion checklist 0/4');
  });

  it('follows the ticks made in the sidebar', () => {
    addon.gas.setChecklistTick('P-0001', 'discovery.pitch', true);
    addon.gas.setChecklistTick('P-0001', 'onboarding.brief', true);
    addon.gas.setChecklistTick('P-0001', 'onboarding.samples', true);
    expect(editCost(addon, 2, 'Niche', 'Baking').searches).toBe(0);
    const status = String(cellOf(addon, 2, 'Status'));
    // Discovery 2/3 and Onboarding 3/5 are at least half done: no warning left for them.
    expect(status).not.toContain('Discovery checklist');
    expect(status).not.toContain('Onboarding checklist');
    expect(status).toContain('Negotiation checklist 0/6');
  });

  it('goes back to reading the ticks once someone types into the ticks sheet, until Validate all', () => {
    const header = addon.emu.user.getValues(TICKS, '1:1')[0];
    const column = String.fromCharCode(65 + header.indexOf('discovery.redFlags'));
    typeIntoTicks(addon, `${column}2`, NOW);
    expect(documentProperty(addon, COMPLETE)).toBeNull();
    // Discovery is 2/3 now, at least half done: its warning goes.
    expect(editCost(addon, 2, 'Niche', 'Baking').searches).toBe(1);
    expect(String(cellOf(addon, 2, 'Status'))).not.toContain('Discovery checklist');
    expect(String(cellOf(addon, 2, 'Status'))).toContain('Onboarding checklist 1/5');
    addon.gas.validateAllRows();
    expect(documentProperty(addon, COMPLETE)).toBe('1');
    expect(editCost(addon, 2, 'Niche', 'Pastry').searches).toBe(0);
    expect(String(cellOf(addon, 2, 'Status'))).not.toContain('Discovery checklist');
    expect(String(cellOf(addon, 2, 'Status'))).toContain('Onboarding checklist 1/5');
  });

  it('are remade as "nothing ticked" when the ticks sheet was deleted: edits and Validate all agree', () => {
    addon.emu.spreadsheet.deleteSheet(addon.emu.spreadsheet.getSheetByName(TICKS)!);
    addon.gas.validateAllRows();
    const all = String(cellOf(addon, 2, 'Status'));
    expect(all).toContain('Discovery checklist 0/3');
    expect(all).toContain('Onboarding checklist 0/5');
    expect(editCost(addon, 2, 'Niche', 'Baking').searches).toBe(0);
    expect(cellOf(addon, 2, 'Status')).toBe(all);
  });
});

describe('20,000 partnerships, half of them partly ticked', () => {
  it('keep their digests in the store beside the stage records, and an edit still costs 4', () => {
    const a = setUpAddon();
    const names = a.emu.user.getValues('Pipeline', '1:1')[0].map(String);
    const rows = 20000;
    const row = (i: number) =>
      names.map((name) => {
        const record = promotionRow(`Producer ${i}`, { Stage: STAGES[i % 7] });
        return ['Score', 'Payout'].includes(name) ? '' : (record[name] ?? '');
      });
    a.emu.user.setValues(
      'Pipeline',
      'A2',
      Array.from({ length: rows }, (_, i) => row(i)),
    );
    a.gas.validateAllRows(); // every row gets its ID
    a.gas.setChecklistTick('P-0001', 'discovery.rubric', true); // makes the ticks sheet
    const header = a.emu.user.getValues(TICKS, '1:1')[0].map(String);
    const ticked = ['discovery.rubric', 'negotiation.usage', 'onboarding.kickoff', 'promotion.utm'];
    // Every other partnership ticks one or two of those items: its digest is not "z" or "n".
    a.emu.user.setValues(
      TICKS,
      'A2',
      Array.from({ length: rows / 2 }, (_, k) => {
        const i = 2 * k;
        const cells: unknown[] = header.map(() => '');
        cells[0] = `P-${String(i + 1).padStart(4, '0')}`;
        cells[header.indexOf(ticked[i % 4])] = NOW;
        if (i % 3 === 0) cells[header.indexOf(ticked[(i + 1) % 4])] = NOW;
        return cells;
      }),
    );
    a.gas.validateAllRows();
    expect(a.emu.ui.toasts.at(-1)?.message).toMatch(/^Validated 20000 rows/);
    expect(a.emu.ui.toasts.at(-1)?.message).not.toContain('properties are full');
    expect(documentProperty(a, COMPLETE)).toBe('1');
    const all = (a.emu.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
      .getDocumentProperties()
      .getProperties();
    const bytes = (prefix: string) =>
      Object.entries(all)
        .filter(([k]) => k.startsWith(prefix))
        .reduce((sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
    // One character per ID: 1 byte for "z" and "n", 2 or 3 for the others.
    expect(bytes('pp.checklistDigests.')).toBeGreaterThan(rows);
    expect(bytes('pp.checklistDigests.')).toBeLessThan(2 * rows);
    expect(bytes('pp.checklistDigestsExtra.')).toBe(0);
    // A Promotion row (row 6: P-0005, one Discovery item ticked): its warnings, no tick read.
    const checklistWarnings = () => String(cellOf(a, 6, 'Status')).match(/[\w-]+ checklist \d\/\d/g);
    const before = checklistWarnings();
    expect(before).toEqual([
      'Discovery checklist 1/3',
      'Negotiation checklist 0/6',
      'Onboarding checklist 0/5',
      'Co-creation checklist 0/3',
    ]);
    expect(editCost(a, 6, 'Relevance', 9)).toEqual({ searches: 0, reads: 2, roundTrips: 4 });
    expect(String(cellOf(a, 6, 'Status'))).toContain('Relevance');
    expect(checklistWarnings()).toEqual(before);
  }, 120_000);
});

describe('a deleted ticks sheet', () => {
  it('means nothing ticked for a one-row edit, a pasted block and Validate all alike', () => {
    const a = workbook();
    a.gas.setChecklistTick('P-0001', 'discovery.rubric', true);
    a.emu.spreadsheet.deleteSheet(a.emu.spreadsheet.getSheetByName(TICKS)!);
    typeCell(a, 2, 'Niche', 'Baking');
    const names = a.emu.user.getValues('Pipeline', '1:1')[0];
    const column = String.fromCharCode(65 + names.indexOf('Niche'));
    a.gas.onEdit(a.emu.user.edit('Pipeline', `${column}3:${column}4`, [['Cycling'], ['Tea']]));
    const edited = columnOf(a, 'Status', 2, 4).map(String);
    expect(edited[0]).toContain('Discovery checklist 0/3');
    expect(edited[1]).toContain('Discovery checklist 0/3');
    a.gas.validateAllRows();
    expect(columnOf(a, 'Status', 2, 4).map(String)).toEqual(edited);
  });
});

describe('digests against reading the ticks, over random ticks and edits', () => {
  type Op =
    | { kind: 'tick'; id: number; item: string; ticked: boolean }
    | { kind: 'stage'; row: number; stage: string }
    | { kind: 'score'; row: number; value: number }
    | { kind: 'validate' };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({
      kind: fc.constant('tick' as const),
      id: fc.integer({ min: 1, max: 4 }),
      item: fc.constantFrom(...CHECKLIST_ITEM_KEYS),
      ticked: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('stage' as const),
      row: fc.integer({ min: 2, max: 5 }),
      stage: fc.constantFrom(...STAGES),
    }),
    fc.record({
      kind: fc.constant('score' as const),
      row: fc.integer({ min: 2, max: 5 }),
      value: fc.constantFrom(1, 3, 5, 9),
    }),
    fc.record({ kind: fc.constant('validate' as const) }),
  );

  it('gives every row the same Status as an add-on that always reads the ticks', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 14 }), (ops) => {
        // `digests` keeps them as usual; `reads` has its mark dropped after every Validate all
        // (as a hand edit of the ticks sheet does), so each of its edits reads the ticks.
        const digests = workbook();
        const reads = workbook();
        for (const a of [digests, reads]) {
          a.gas.setChecklistTick('P-0002', 'discovery.rubric', true);
          a.gas.validateAllRows();
        }
        typeIntoTicks(reads, 'A1', 'ID');
        for (const step of ops) {
          for (const a of [digests, reads]) {
            if (step.kind === 'tick') a.gas.setChecklistTick(`P-000${step.id}`, step.item, step.ticked);
            else if (step.kind === 'stage') typeCell(a, step.row, 'Stage', step.stage);
            else if (step.kind === 'score') typeCell(a, step.row, 'Relevance', step.value);
            else a.gas.validateAllRows();
          }
          if (step.kind === 'validate') typeIntoTicks(reads, 'A1', 'ID');
          expect(documentProperty(reads, COMPLETE)).toBeNull();
          expect(columnOf(digests, 'Status', 2, 5)).toEqual(columnOf(reads, 'Status', 2, 5));
        }
      }),
      { numRuns: 15 },
    );
  });
});
