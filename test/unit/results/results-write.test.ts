import type { ImportPayload } from '../../../src/core/results/import-contract';
import { parseImportPayload } from '../../../src/core/results/import-payload';
import { noMetrics, RESULTS_COLUMNS } from '../../../src/core/results/results-sheet';
import { importMessage, planResultsWrite, resultsCurrency } from '../../../src/core/results/results-write';

const HEADER = Object.values(RESULTS_COLUMNS);
const none = noMetrics();
const payload = (totals: ImportPayload['totals']): ImportPayload => ({
  source: 'GA4',
  fileName: 'ga4.csv',
  currency: 'USD',
  totals,
  rowsRead: 10,
  unattributedRows: 0,
});
const AT = 'imported-at';

describe('planResultsWrite', () => {
  it('a new sheet: header and rows, blank metrics for what the source does not report', () => {
    const plan = planResultsWrite(
      [],
      payload([{ id: 'P-0001', month: '2026-11', metrics: { ...none, sessions: 5 } }]),
      'USD',
      AT,
    );
    expect(plan.header).toEqual(HEADER);
    expect(plan.headerChanged).toBe(true);
    expect(plan.rows).toEqual([
      ['P-0001|2026-11|GA4', 'P-0001', '2026-11', 'GA4', 5, '', '', '', '', '', 'USD', AT],
    ]);
    expect([plan.firstChanged, plan.added]).toEqual([0, 1]);
  });

  it('equal rows are left alone, different ones replaced in place, new keys appended', () => {
    const existing = [
      HEADER,
      ['P-0001|2026-11|GA4', 'P-0001', '2026-11', 'GA4', 5, '', '', '', '', '', 'USD', 'then'],
      ['P-0002|2026-11|GA4', 'P-0002', '2026-11', 'GA4', 7, '', '', '', '', '', 'USD', 'then'],
      ['', '', '', '', '', '', '', '', '', '', '', ''],
    ];
    const plan = planResultsWrite(
      existing,
      payload([
        { id: 'P-0001', month: '2026-11', metrics: { ...none, sessions: 5 } },
        { id: 'P-0002', month: '2026-11', metrics: { ...none, sessions: 8 } },
        { id: 'P-0003', month: '2026-11', metrics: { ...none, sessions: 1 } },
      ]),
      'USD',
      AT,
    );
    expect([plan.unchanged, plan.replaced, plan.added, plan.firstChanged]).toEqual([
      1,
      ['P-0002 2026-11'],
      1,
      1,
    ]);
    expect(plan.rows.map((r) => [r[0], r[4], r[11]])).toEqual([
      ['P-0001|2026-11|GA4', 5, 'then'],
      ['P-0002|2026-11|GA4', 8, AT],
      ['P-0003|2026-11|GA4', 1, AT],
    ]);
    expect(importMessage(plan, payload([]))).toBe(
      'Imported GA4 results from ga4.csv: 1 row added, 1 replaced, 1 unchanged. Earlier GA4 totals replaced for P-0002 2026-11.',
    );
  });

  it('finds its columns by header, adds the missing ones at the end, and finds a typed row by its cells', () => {
    const existing = [
      ['Month', 'Partnership ID', 'Source', 'My note', 'Sessions'],
      ['2026-11', 'P-0001', 'GA4', 'keep me', 3],
    ];
    const plan = planResultsWrite(
      existing,
      payload([{ id: 'P-0001', month: '2026-11', metrics: { ...none, sessions: 4 } }]),
      'USD',
      AT,
    );
    expect(plan.header.slice(0, 6)).toEqual([
      'Month',
      'Partnership ID',
      'Source',
      'My note',
      'Sessions',
      'Key',
    ]);
    expect(plan.rows).toHaveLength(1);
    expect(plan.rows[0].slice(0, 6)).toEqual([
      '2026-11',
      'P-0001',
      'GA4',
      'keep me',
      4,
      'P-0001|2026-11|GA4',
    ]);
  });

  it('reads the currency the sheet holds', () => {
    expect(
      resultsCurrency([HEADER, ['k', 'P-0001', '2026-11', 'GA4', 1, '', '', '', '', '', 'eur', '']]),
    ).toBe('EUR');
    expect(resultsCurrency([])).toBe('');
  });
});

describe('parseImportPayload', () => {
  const ids = new Set(['P-0001']);
  it('keeps a good payload, null for metrics not sent', () => {
    const parsed = parseImportPayload(
      {
        source: 'GA4',
        fileName: ' x.csv ',
        currency: 'usd',
        totals: [{ id: 'P-0001', month: '2026-11', metrics: { sessions: 2 } }],
      },
      ids,
    );
    expect(parsed).toEqual({
      source: 'GA4',
      fileName: 'x.csv',
      currency: 'USD',
      totals: [{ id: 'P-0001', month: '2026-11', metrics: { ...none, sessions: 2 } }],
      rowsRead: 0,
      unattributedRows: 0,
    });
  });

  it('refuses a bad currency or metric', () => {
    const base = { source: 'GA4', totals: [{ id: 'P-0001', month: '2026-11', metrics: { sessions: 2 } }] };
    expect(() => parseImportPayload({ ...base, currency: 'dollars' }, ids)).toThrow('three-letter code');
    expect(() =>
      parseImportPayload(
        { ...base, totals: [{ id: 'P-0001', month: '2026-11', metrics: { views: Number.NaN } }] },
        ids,
      ),
    ).toThrow('Total 1: views must be a number');
  });
});
