// Real-shaped exports, made by the tests: a GA4 download with its comment header, a Shopify orders
// export (one line per line item, a refund, a voided order, a quoted newline), YouTube Studio
// insights with its Total row, and a generic table. Shared by the unit, integration, browser tests
// and the bench.
import type { ImportContext } from '../../src/core/results/import-contract';

/** The partnerships the fixtures attribute to (as getImportContext returns them). */
export const CONTEXT: ImportContext = {
  partnerships: [
    { id: 'P-0001', producer: 'Ana Lopez', campaigns: ['ana-spring'], codes: ['ANA10'] },
    { id: 'P-0002', producer: 'Ben Okafor', campaigns: ['P-0002'], codes: ['BEN15'] },
    { id: 'P-0003', producer: 'Cleo Park', campaigns: ['shared'], codes: [] },
    { id: 'P-0004', producer: 'Dan Wu', campaigns: ['shared'], codes: [] },
  ],
  currency: 'USD',
  currencyFrom: 'Assumptions',
  hasCodeColumn: true,
};

export const GA4_CSV = [
  '# ----------------------------------------',
  '# Traffic acquisition: Session campaign',
  '# Account: Acme',
  '# Property: Acme Shop',
  '# ----------------------------------------',
  '#',
  '# Start date: 20261101',
  '# End date: 20261130',
  'Session campaign,Session source / medium,Date,Sessions,Key events,Total revenue',
  'ana-spring,instagram / creator,20261103,120,4,"1,234.50"',
  'ana-spring,instagram / creator,20261104,80,1,65.5',
  'P-0002,youtube / creator,20261104,200,3,300',
  '(not set),google / organic,20261103,999,10,500',
  'shared,tiktok / creator,20261105,40,0,0',
  '"=HYPERLINK(""http://evil.example"",""win"")",email / newsletter,20261106,5,0,0',
  '',
].join('\n');

const SHOPIFY_HEADER =
  'Name,Email,Financial Status,Paid at,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Created at,Lineitem quantity,Lineitem name,Lineitem price,Refunded Amount';

export const SHOPIFY_CSV = [
  SHOPIFY_HEADER,
  '#1001,a@example.com,paid,2026-11-03 14:25:00 -0500,USD,110.00,5.00,5.00,120.00,ANA10,11.00,2026-11-03 14:22:10 -0500,1,Sourdough kit,60.00,0.00',
  '#1001,a@example.com,,,,,,,,,,2026-11-03 14:22:10 -0500,2,Banneton,30.00,',
  '#1002,b@example.com,partially_refunded,2026-11-10 09:00:00 -0500,USD,75.00,5.00,0.00,80.00,BEN15,12.00,2026-11-10 08:59:00 -0500,1,"Mug, ""Big""\nblue",40.00,20.00',
  '#1002,b@example.com,,,,,,,,,,2026-11-10 08:59:00 -0500,1,Spoon,20.00,',
  '#1002,b@example.com,,,,,,,,,,2026-11-10 08:59:00 -0500,1,Cloth,15.00,',
  '#1003,c@example.com,paid,2026-11-12 10:00:00 -0500,USD,50.00,0.00,0.00,50.00,,0.00,2026-11-12 10:00:00 -0500,1,Flour,50.00,0.00',
  '#1004,d@example.com,voided,,USD,200.00,0.00,0.00,200.00,ANA10,20.00,2026-11-15 10:00:00 -0500,1,Oven,200.00,0.00',
  '#1005,e@example.com,refunded,2026-12-01 00:10:00 -0500,USD,45.50,0.00,0.00,45.50,ana10,4.55,2026-12-01 00:05:00 -0500,1,Scale,45.50,45.50',
  '',
].join('\r\n');

export const YOUTUBE_CSV = [
  'Content,Video title,Video publish time,Duration,Views,Likes,Comments added,Shares,Watch time (hours)',
  'Total,,,,15300,910,64,33,812.4',
  'abc123,Sourdough with Acme,"Nov 3, 2026",612,12000,800,50,30,700.1',
  'def456,Acme unboxing,"Nov 20, 2026",301,3300,110,14,3,112.3',
  '',
].join('\n');

export const GENERIC_CSV = [
  'Partnership ID,Month,Sessions,Orders,Attributed sales,Views,Engagement,Currency',
  'P-0001,2026-10,50,2,200,1000,80,USD',
  'P-0003,2026-10,10,0,0,300,12,USD',
  'P-0009,2026-10,1,0,0,0,0,USD',
  '',
].join('\n');

/** A GA4 export of `rows` rows over `partnerships` campaigns (ana-spring, P-0002 and P-0005…). */
export function bigGa4(rows: number, campaigns: readonly string[]): string {
  const lines = [
    '# Start date: 20260101',
    '# End date: 20261231',
    'Session campaign,Session source / medium,Date,Sessions,Key events,Total revenue',
  ];
  for (let i = 0; i < rows; i++) {
    const campaign = i % 10 === 9 ? '(not set)' : campaigns[i % campaigns.length];
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(`${campaign},instagram / creator,2026${month}${day},${i % 50},${i % 3},${(i % 400) + 0.25}`);
  }
  return `${lines.join('\n')}\n`;
}
