import { salesByMonth } from '../../../src/core/payout/month-sales';
import { statementDocument, statementSheetName } from '../../../src/core/payout/statement';

const record = {
  row: 4,
  cells: {
    id: 'P-0001',
    producer: 'Ada',
    month: '2026-11',
    baseFee: 1000,
    attributedSales: 8000,
    commission: 800,
    clawback: 500,
    totalDue: 1300,
    status: 'approved',
    clawbackFor: '2026-10: 500.00',
    clawedBackLater: '',
    notes: 'claws back refunds after payment of 2026-10',
  },
};

const texts = (rows: ReturnType<typeof statementDocument>) =>
  rows.map((r) => r.cells.map((c) => (c.kind === 'text' ? c.text : c.kind === 'date' ? c.iso : c.value)));

describe('statementDocument', () => {
  it('lays out the row’s amounts, the clawback, the sales by source and the notes', () => {
    const sales = salesByMonth([
      {
        id: 'P-0001',
        month: '2026-11',
        source: 'Shopify',
        currency: 'USD',
        metrics: {
          sessions: null,
          orders: 3,
          attributedSales: 8500,
          refunds: 500,
          views: null,
          engagement: null,
        },
      },
    ]).get('P-0001|2026-11');
    const rows = statementDocument(record, sales, { written: '2026-12-03' });
    expect(statementSheetName('P-0001', '2026-11')).toBe('Statement P-0001 2026-11');
    expect(texts(rows)).toEqual([
      ['Statement P-0001 2026-11: Ada'],
      ['Status', 'approved'],
      ['Written', '2026-12-03'],
      [],
      ['Payout'],
      ['Base fee', 1000],
      ['Attributed sales (net of refunds)', 8000],
      ['Commission (with any bonus, after any cap)', 800],
      ['Refunds clawed back', 500],
      ['  for paid months', '2026-10: 500.00'],
      ['Total due', 1300],
      [],
      ['Attributed sales by source'],
      ['Source', 'Sales', 'Refunds', 'Net'],
      ['Shopify', 8500, 500, 8000],
      ['Total', 8500, 500, 8000],
      [],
      ['Notes'],
      ['claws back refunds after payment of 2026-10'],
    ]);
    expect(rows[5].cells[1].kind).toBe('money');
  });

  it('shows text a person typed into a money cell as text, and a month without Results', () => {
    const rows = statementDocument(
      { ...record, cells: { ...record.cells, totalDue: 'see email', notes: '' } },
      undefined,
      {
        written: '2026-12-03',
      },
    );
    expect(
      rows.find((r) => r.cells[0]?.kind === 'text' && r.cells[0].text === 'Total due')!.cells[1],
    ).toEqual({
      kind: 'text',
      text: 'see email',
    });
    expect(texts(rows).at(-1)).toEqual(['No Results for this month', '']);
  });
});
