// Forecast against actuals when the spreadsheet has a Results sheet: typed Actuals win for their
// months, Results fill the others (revenue: attributed sales; cost: payouts plus hidden costs).
import type { Addon } from './harness';
import { promotionRow, setUpAddon, typeRows } from './pipeline-helpers';
import { writeResults } from './results-helpers';

function againstActuals(a: Addon) {
  const values = a.emu.user.getValues('Forecast');
  const at = values.findIndex((r) => String(r[0]).startsWith('Forecast against actuals'));
  const rows: unknown[][] = [];
  for (let i = at + 2; at >= 0 && i < values.length && values[i][0] !== ''; i++) rows.push(values[i]);
  return { rows, notes: values.filter((r) => r[0] === 'Note').map((r) => r[1]), found: at >= 0 };
}

let addon: Addon;
beforeEach(() => {
  addon = setUpAddon();
  typeRows(addon, 2, [
    promotionRow('Ada', { 'Base fee': 1000, Commission: 0.1, Stage: 'Measurement' }),
    promotionRow('Bo', { 'Base fee': 500, Commission: 0.2, Stage: 'Measurement' }),
  ]);
  writeResults(addon, [
    { id: 'P-0001', month: '2026-11', source: 'Shopify', attributedSales: 9000 },
    { id: 'P-0001', month: '2026-12', source: 'Shopify', attributedSales: 10000, refunds: 1000 },
    { id: 'P-0001', month: '2026-12', source: 'GA4', attributedSales: 9500 },
    { id: 'P-0001', month: '2026-12', source: 'YouTube', views: 4000 },
    { id: 'P-0002', month: '2026-12', source: 'Shopify', attributedSales: 3000 },
    { id: 'P-0009', month: '2026-12', source: 'Shopify', attributedSales: 500 },
  ]);
});

describe('forecast against actuals from Results', () => {
  it('typed Actuals win for their month; Results fill the others, with notes', () => {
    addon.emu.user.setValues('Actuals', 'A1:C2', [
      ['Month', 'Total cost', 'Revenue'],
      [new Date(Date.UTC(2026, 10, 1, 4)), 5000, 12000],
    ]);
    addon.gas.runMonthlyForecast();
    const { rows, notes } = againstActuals(addon);
    expect(rows).toHaveLength(12);
    expect(rows[0][2]).toBe(5000);
    expect(rows[0][5]).toBe(12000);
    // December: (1000 + 10% of 9,000) + (500 + 20% of 3,000), plus 15% hidden costs; GA4 not added.
    expect(rows[1][2]).toBeCloseTo((1900 + 1100) * 1.15, 9);
    expect(rows[1][5]).toBe(9000 + 3000);
    expect(rows[2][2]).toBe('');
    expect(notes).toContain(
      "Actuals for 2026-12 come from Results (revenue: attributed sales net of refunds; cost: those partnerships' payouts plus hidden costs).",
    );
    expect(notes).toContain('Results holds sales of 1 ID(s) no Pipeline row has (P-0009): not counted.');
  });

  it('without an Actuals sheet, Results alone give the comparison', () => {
    addon.gas.runMonthlyForecast();
    const { rows, found } = againstActuals(addon);
    expect(found).toBe(true);
    expect(rows[0][5]).toBe(9000);
    expect(rows[0][2]).toBeCloseTo((1000 + 900) * 1.15, 9);
  });
});
