import { mapColumns, PIPELINE_COLUMNS } from '../../../src/core/lifecycle/pipeline';
import { isAddonStatus, nextIdAfter, validateBlock } from '../../../src/core/lifecycle/validate-rows';

const header = Object.values(PIPELINE_COLUMNS);
const map = mapColumns(header);
const row = (cells: Partial<Record<keyof typeof PIPELINE_COLUMNS, unknown>>) =>
  header.map((_, i) => {
    const field = (Object.keys(PIPELINE_COLUMNS) as (keyof typeof PIPELINE_COLUMNS)[])[i];
    return cells[field] ?? '';
  });
const block = (rows: unknown[][], extra = {}) =>
  validateBlock({
    rows,
    firstRow: 2,
    map,
    now: Date.UTC(2026, 10, 28),
    stageRecords: new Map(),
    nextId: 5,
    overReliance: new Map(),
    ...extra,
  });

describe('validateBlock', () => {
  it('assigns IDs only to rows with a producer and no ID, and clears the Status of blank rows', () => {
    const result = block([
      row({ producer: 'Ada', stage: 'Discovery' }),
      row({ id: 'P-0002', producer: 'Bo', stage: 'Discovery' }),
      row({ niche: 'food', stage: 'Discovery' }),
      row({ status: 'OK', id: 'P-0003' }),
    ]);
    // Only the cell that receives an ID is written; the others are left as they are (undefined).
    expect(result.ids).toEqual(['P-0005', undefined, undefined, undefined]);
    expect([...result.seenIds].sort()).toEqual(['P-0002', 'P-0003', 'P-0005']);
    expect(result.nextId).toBe(6);
    expect(result.statuses).toEqual(['OK', 'OK', '1 error: Producer missing', '']);
    expect(result.totals).toEqual({ rows: 3, ok: 2, errors: 1, warningsOnly: 0 });
    expect(Object.fromEntries(result.changedRecords)).toEqual({ 'P-0005': '0', 'P-0002': '0' });
  });

  it('reports duplicate IDs only when asked (a whole-sheet run), keeping the first row’s stage record', () => {
    const rows = [
      row({ id: 'P-0001', producer: 'Ada', stage: 'Discovery' }),
      row({ id: 'P-0001', producer: 'Ada copy', stage: 'Exit' }),
    ];
    expect(block(rows).statuses[1]).not.toMatch(/duplicate/);
    const whole = block(rows, { checkDuplicates: true });
    expect(whole.statuses[1]).toMatch(
      /^\d+ errors: duplicate ID P-0001 \(also row 2\): clear this ID to get a new one/,
    );
    expect(Object.fromEntries(whole.changedRecords)).toEqual({ 'P-0001': '0' });
  });

  it('leaves a Status cell holding someone else’s text untouched', () => {
    const result = block([
      row({ producer: 'Ada', stage: 'Discovery', status: 'Waiting on reply' }),
      row({ producer: 'Bo', stage: 'Discovery', status: '1 error: Producer missing' }),
    ]);
    expect(result.statuses).toEqual([undefined, 'OK']);
    expect(result.foreignStatusRows).toEqual([2]);
    expect(result.statusesChanged).toBe(true);
  });
});

describe('checklist warnings by ID', () => {
  it('each row gets its own ticks; a partnership with none counts as 0 done; none when checklists are not kept', () => {
    const rows = [
      row({
        id: 'P-0001',
        producer: 'Ada',
        stage: 'Negotiation',
        relevance: 4,
        resonance: 4,
        reliability: 4,
      }),
      row({ id: 'P-0002', producer: 'Bo', stage: 'Negotiation', relevance: 4, resonance: 4, reliability: 4 }),
    ];
    const checklistTicks = new Map([
      [
        'P-0001',
        new Map([
          ['discovery.rubric', '2026-11-01T00:00:00Z'],
          ['discovery.pitch', '2026-11-02T00:00:00Z'],
        ]),
      ],
    ]);
    expect(block(rows, { checklistTicks }).statuses).toEqual(['OK', '1 warning: Discovery checklist 0/3']);
    expect(block(rows).statuses).toEqual(['OK', 'OK']);
  });
});

describe('helpers', () => {
  it('isAddonStatus knows the add-on’s own lines only', () => {
    expect(['OK', '1 error: x', '2 errors, 1 warning: a; b', '3 warnings: a'].every(isAddonStatus)).toBe(
      true,
    );
    expect(['ok', 'Waiting', '1 errors', '', 5, '2 warnings, 1 error: x'].some(isAddonStatus)).toBe(false);
  });
  it('stage records are looked up by ID in a Map: an ID of "constructor" finds nothing inherited', () => {
    const result = block([row({ id: 'constructor', producer: 'Ada', stage: 'Discovery' })]);
    expect(result.statuses).toEqual(['OK']);
    expect(Object.fromEntries(result.changedRecords)).toEqual({ constructor: '0' });
  });

  it('nextIdAfter ignores IDs whose number is beyond a billion', () => {
    expect(nextIdAfter(3, ['P-99999999999999999999', `P-${'9'.repeat(400)}`, 'P-1000000000'])).toBe(3);
    expect(nextIdAfter(3, ['P-999999999'])).toBe(1000000000);
  });

  it('nextIdAfter passes every ID in the sheet and never goes back', () => {
    expect(nextIdAfter(1, ['P-0009', 'x', '', 'P-0003'])).toBe(10);
    expect(nextIdAfter(12, ['P-0009'])).toBe(12);
    expect(nextIdAfter(0, [])).toBe(1);
  });
});
