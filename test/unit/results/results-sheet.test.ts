import {
  isMonthText,
  mapResultsColumns,
  RESULTS_COLUMNS,
  readResultRows,
  resultKey,
} from '../../../src/core/results/results-sheet';

const HEADERS = Object.values(RESULTS_COLUMNS);

describe('Results sheet contract', () => {
  test('a key per partnership, month and source', () => {
    expect(resultKey('P-0001', '2026-11', 'Shopify')).toBe('P-0001|2026-11|Shopify');
  });

  test('months are yyyy-mm text only', () => {
    expect(isMonthText('2026-11')).toBe(true);
    expect(isMonthText('2026-13')).toBe(false);
    expect(isMonthText('2026-1')).toBe(false);
    expect(isMonthText(new Date())).toBe(false);
  });

  test('columns are found by header, reordered and in any case', () => {
    const columns = mapResultsColumns(['Note', ' partnership id ', 'MONTH', 'Source', 'Attributed sales']);
    expect(columns).toEqual({ id: 1, month: 2, source: 3, attributedSales: 4 });
  });

  test('rows read back with unreported metrics as null, never 0', () => {
    const row = HEADERS.map(() => '' as unknown);
    const at = (h: string) => HEADERS.indexOf(h as (typeof HEADERS)[number]);
    row[at('Key')] = 'P-0001|2026-11|Shopify';
    row[at('Partnership ID')] = 'P-0001';
    row[at('Month')] = '2026-11';
    row[at('Source')] = 'Shopify';
    row[at('Orders')] = 3;
    row[at('Attributed sales')] = 420.5;
    row[at('Refunds')] = 20;
    row[at('Currency')] = 'USD';
    const blank = HEADERS.map(() => '');
    const typed = [...blank];
    typed[at('Partnership ID')] = 'P-0002';
    typed[at('Month')] = 'November';
    const { rows, skipped } = readResultRows([HEADERS, row, blank, typed]);
    expect(skipped).toEqual([4]);
    expect(rows).toEqual([
      {
        id: 'P-0001',
        month: '2026-11',
        source: 'Shopify',
        currency: 'USD',
        metrics: {
          sessions: null,
          orders: 3,
          attributedSales: 420.5,
          refunds: 20,
          views: null,
          engagement: null,
        },
      },
    ]);
  });
});
