import { readExportText } from '../../../src/core/results/export-text';
import { detectFormat, unknownLayoutMessage } from '../../../src/core/results/formats';
import { GA4_CSV, GENERIC_CSV, SHOPIFY_CSV, YOUTUBE_CSV } from '../../results/fixtures';

const headersOf = (text: string) => {
  const read = readExportText(text);
  if (!read.ok) throw new Error(read.message);
  return read.table;
};
const detect = (text: string) => {
  const t = headersOf(text);
  return detectFormat(t.headers, t.comments.length > 0);
};

describe('detectFormat', () => {
  it('GA4: campaign, date and metrics', () => {
    expect(detect(GA4_CSV)).toEqual({
      source: 'GA4',
      mapping: { campaign: 0, date: 2, sessions: 3, orders: 4, sales: 5 },
    });
  });

  it('GA4 with Conversions and Month', () => {
    expect(detect('Session campaign,Month,Conversions,Purchase revenue\nx,11,1,2\n')).toEqual({
      source: 'GA4',
      mapping: { campaign: 0, date: 1, orders: 2, sales: 3 },
    });
  });

  it('Shopify: Name is the order, Total the sales, Refunded Amount the refunds', () => {
    expect(detect(SHOPIFY_CSV)).toEqual({
      source: 'Shopify',
      mapping: { code: 9, date: 11, order: 0, status: 2, currency: 4, sales: 8, refunds: 15 },
    });
  });

  it('YouTube, TikTok and Instagram insights', () => {
    expect(detect(YOUTUBE_CSV)).toEqual({
      source: 'YouTube',
      mapping: { date: 2, views: 4, likes: 5, comments: 6, shares: 7 },
    });
    expect(
      detect('Date,Video views,Profile views,Likes,Comments,Shares\n2026-11-01,1,1,1,1,1\n')?.source,
    ).toBe('TikTok');
    expect(
      detect(
        'Post ID,Account username,Publish time,Permalink,Views,Likes,Comments,Shares,Saves\n1,a,b,c,1,1,1,1,1\n',
      )?.source,
    ).toBe('Instagram');
  });

  it('a generic table by Partnership ID or utm_campaign', () => {
    expect(detect(GENERIC_CSV)?.source).toBe('Generic');
    expect(detect('utm_campaign,Date,Revenue\nx,2026-11-01,3\n')).toEqual({
      source: 'Generic',
      mapping: { campaign: 0, date: 1, sales: 2 },
    });
  });

  it('no header, or unknown headers: a message saying which', () => {
    const noHeader = headersOf('P-0001,2026-11,120\nP-0002,2026-11,80\n');
    expect(detectFormat(noHeader.headers)).toBeNull();
    expect(unknownLayoutMessage(noHeader.headers)).toMatch(
      /^The file has no header row: its first row holds values \("P-0001", "2026-11", "120"\)/,
    );
    expect(unknownLayoutMessage(['Colour', 'Size'])).toMatch(
      /^No known layout in the header \("Colour", "Size"\)/,
    );
  });
});
