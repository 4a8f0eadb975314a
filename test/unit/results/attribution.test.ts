import { previewImport } from '../../../src/core/results/attribution';
import { buildDirectory } from '../../../src/core/results/directory';
import { readExportText } from '../../../src/core/results/export-text';
import { detectFormat } from '../../../src/core/results/formats';
import { prepareImport } from '../../../src/core/results/prepare-import';
import { CONTEXT, GA4_CSV, SHOPIFY_CSV, YOUTUBE_CSV } from '../../results/fixtures';

const prepared = (text: string, options = {}, context = CONTEXT) =>
  prepareImport(text, 'f.csv', context, options);

describe('attribution and totals', () => {
  it('GA4: by campaign name or ID; unattributed and ambiguous rows are counted and listed', () => {
    const result = prepared(GA4_CSV);
    if (!result.ok) throw new Error(result.message);
    const { preview } = result;
    expect(preview.totals).toEqual([
      {
        id: 'P-0001',
        month: '2026-11',
        metrics: {
          sessions: 200,
          orders: 5,
          attributedSales: 1300,
          refunds: null,
          views: null,
          engagement: null,
        },
      },
      {
        id: 'P-0002',
        month: '2026-11',
        metrics: {
          sessions: 200,
          orders: 3,
          attributedSales: 300,
          refunds: null,
          views: null,
          engagement: null,
        },
      },
    ]);
    expect([preview.rowsRead, preview.attributedRows, preview.unattributedRows]).toEqual([6, 3, 3]);
    expect(preview.unattributed).toEqual([
      { value: '(not set)', reason: 'no partnership', rows: 1 },
      { value: '=HYPERLINK("http://evil.example","win")', reason: 'no partnership', rows: 1 },
      { value: 'shared', reason: 'matches P-0003, P-0004', rows: 1 },
    ]);
    expect(preview.notes).toEqual([
      "The file names no currency: amounts are taken as USD, the workbook's currency.",
    ]);
  });

  it('campaigns compare decoded and case-insensitively; an ID is always its own partnership', () => {
    const dir = buildDirectory([
      { id: 'P-0001', producer: '', campaigns: ['Spring Launch'], codes: [] },
      { id: 'P-0002', producer: '', campaigns: ['P-0001'], codes: [] },
    ]);
    expect(dir.byCampaign.get('spring launch')).toEqual(['P-0001']);
    expect(dir.byCampaign.get('p-0001')).toEqual(['P-0001']);
    const text =
      'utm_campaign,Month,Sessions\nspring%20launch,2026-11,1\nSPRING+LAUNCH,2026-11,2\np-0001,2026-11,4\n';
    const result = prepared(
      text,
      {},
      {
        ...CONTEXT,
        partnerships: [
          { id: 'P-0001', producer: '', campaigns: ['Spring Launch'], codes: [] },
          { id: 'P-0002', producer: '', campaigns: ['P-0001'], codes: [] },
        ],
      },
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.preview.totals.map((t) => [t.id, t.metrics.sessions])).toEqual([['P-0001', 7]]);
  });

  it('a campaign or code like "constructor" or "__proto__" finds nothing', () => {
    const text = 'utm_campaign,Discount code,Month,Sessions\nconstructor,__proto__,2026-11,1\n';
    const result = prepared(text);
    expect(result.ok).toBe(false);
    expect(result.preview?.unattributed).toEqual([
      { value: 'constructor', reason: 'no partnership', rows: 1 },
    ]);
  });

  it('GA4’s month-only dimension takes the year from the report’s date range', () => {
    const text =
      '# Start date: 20261001\n# End date: 20261130\nSession campaign,Month,Sessions\nana-spring,10,3\nana-spring,11,4\n';
    const result = prepared(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.preview.totals.map((t) => t.month)).toEqual(['2026-10', '2026-11']);
    const noYear = prepared('Session campaign,Month,Sessions\nana-spring,10,3\n');
    expect(noYear.ok ? '' : noYear.message).toBe(
      'Row 2: month 10 has no year: add the Year month dimension to the report',
    );
  });

  it('a GA4 report without a date column takes its one month from the comment header', () => {
    const text = '# Start date: 20261101\n# End date: 20261130\nSession campaign,Sessions\nana-spring,3\n';
    const result = prepared(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.preview.totals.map((t) => t.month)).toEqual(['2026-11']);
  });

  it('unreadable values stop the import with their rows; formula-looking text is reported as text', () => {
    const text =
      'Partnership ID,Month,Sessions,Revenue\nP-0001,2026-11,=HYPERLINK("x"),3\nP-0001,someday,1,2\n';
    const result = prepared(text);
    expect(result.ok ? '' : result.message).toBe(
      'Row 2: Sessions "=HYPERLINK("x")" is not a number\nRow 3: "someday" is not a date or month',
    );
  });

  it('many bad rows: the first eight and a count', () => {
    const lines = ['Partnership ID,Month,Sessions', ...Array.from({ length: 20 }, () => 'P-0001,2026-11,x')];
    const result = prepared(lines.join('\n'));
    expect(result.preview?.problems).toHaveLength(9);
    expect(result.preview?.problems.at(-1)).toBe('…and 12 more rows like these.');
  });

  it('a file in another currency than the workbook’s, or mixing currencies, is an error', () => {
    const eur = prepared(SHOPIFY_CSV, {}, { ...CONTEXT, currency: 'EUR' });
    expect(eur.ok ? '' : eur.message).toBe(
      "The file's amounts are in USD, the workbook's in EUR (Assumptions' Currency): convert the file, or change the Currency, rather than add up two currencies.",
    );
    const mixed = prepared(
      'Partnership ID,Month,Revenue,Currency\nP-0001,2026-11,1,USD\nP-0002,2026-11,1,EUR\n',
    );
    expect(mixed.ok ? '' : mixed.message).toBe(
      'The file mixes currencies (USD, EUR): import one currency at a time.',
    );
  });

  it('platform insights need the partnership the file belongs to; the Total row is left out and said so', () => {
    const none = prepared(YOUTUBE_CSV);
    expect(none.ok ? '' : none.message).toMatch(/pick the partnership the whole file belongs to/);
    const result = prepared(YOUTUBE_CSV, { wholeFile: 'P-0001' });
    if (!result.ok) throw new Error(result.message);
    expect(result.preview.totals[0].metrics).toMatchObject({ views: 15300, engagement: 1007 });
    expect(result.preview.notes).toEqual(["1 totals row left out (the export's own sums)."]);
    const gone = prepared(YOUTUBE_CSV, { wholeFile: 'P-0999' });
    expect(gone.ok ? '' : gone.message).toBe('P-0999 is not in the Pipeline.');
  });

  it('a corrected mapping is used: Shopify’s Subtotal instead of Total', () => {
    const read = readExportText(SHOPIFY_CSV);
    if (!read.ok) throw new Error(read.message);
    const detected = detectFormat(read.table.headers)!;
    const preview = previewImport(read.table, buildDirectory(CONTEXT.partnerships), {
      source: 'Shopify',
      mapping: { ...detected.mapping, sales: read.table.headers.indexOf('Subtotal') },
      wholeFile: null,
      currency: 'USD',
    });
    expect(preview.totals.map((t) => t.metrics.attributedSales)).toEqual([110, 45.5, 75]);
  });

  it('sums money to the cent', () => {
    const text = `Partnership ID,Month,Revenue\n${Array.from({ length: 10 }, () => 'P-0001,2026-11,0.1').join('\n')}\n`;
    const result = prepared(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.preview.totals[0].metrics.attributedSales).toBe(1);
  });
});
