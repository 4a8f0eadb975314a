import { latestMonths, monthlyResults, totalSales } from '../../../src/core/results/monthly-results';
import { resultRow as row } from './result-rows';

describe('monthlyResults', () => {
  it('takes one source’s sales per month (Shopify before GA4), net of its refunds; adds views', () => {
    const months = monthlyResults([
      row('P-1', '2026-09', 'GA4', { attributedSales: 950 }),
      row('P-1', '2026-09', 'Shopify', { attributedSales: 1000, refunds: 100, orders: 9 }),
      row('P-1', '2026-09', 'YouTube', { views: 10, engagement: 1 }),
      row('P-1', '2026-09', 'TikTok', { views: 5 }),
      row('P-1', '2026-08', 'GA4', { attributedSales: 300 }),
    ]).get('P-1')!;
    expect(months.map((m) => m.month)).toEqual(['2026-08', '2026-09']);
    expect(months[1]).toEqual({
      month: '2026-09',
      netSales: 900,
      refunds: 100,
      salesSource: 'Shopify',
      otherSalesSources: ['GA4'],
      orders: 9,
      views: 15,
      engagement: 1,
    });
    expect(months[0].netSales).toBe(300);
  });

  it('a month without sales is null, never 0; IDs like "constructor" are fine', () => {
    const rows = [row('constructor', '2026-09', 'YouTube', { views: 3 })];
    expect(monthlyResults(rows).get('constructor')![0].netSales).toBeNull();
    expect(totalSales(rows).has('constructor')).toBe(false);
    expect(latestMonths([...rows, row('constructor', '2026-11', 'TikTok', {})]).get('constructor')).toBe(
      '2026-11',
    );
  });
});
