// utm_link and disclosure_check, run as BigQuery runs JavaScript UDFs, against UTM_LINK and
// DISCLOSURE_CHECK of the built add-on on 10,000 seeded random rows each: the same text, NULL with
// the same `#ERROR: ` text where Sheets shows one, NULL for a blank row.
import { type Addon, freshAddon } from '../integration/harness';
import { asCell, random, thrown, udf } from './helpers';

const ROWS = 10_000;
const column = (values: unknown[]) => values.map((v) => [asCell(v)]);

type CheckedText = { value: string | null; error: string | null };

/** What a text cell of the custom function shows, as the UDF's STRUCT<value, error> gives it back. */
function asCheckedText(cell: unknown): CheckedText {
  if (cell === '') return { value: null, error: null };
  if (typeof cell !== 'string') throw new Error(`unexpected cell ${JSON.stringify(cell)}`);
  return cell.startsWith('#ERROR: ') ? { value: null, error: cell } : { value: cell, error: null };
}

function differences(expected: CheckedText[], actual: CheckedText[]) {
  return expected
    .map((e, row) => ({ row, expected: e, actual: actual[row] }))
    .filter(({ expected: e, actual: a }) => e.value !== a.value || e.error !== a.error)
    .slice(0, 5);
}

let addon: Addon;
beforeAll(() => {
  addon = freshAddon();
});

describe('utm_link equals UTM_LINK', () => {
  const utm = udf('utm_link');

  it('on 10,000 random rows', () => {
    const r = random(91);
    const urls = [
      'https://shop.example.com/spring',
      'https://shop.example.com/p?color=red&size=m',
      'http://example.org/a?utm_source=old&x=1#reviews',
      'https://example.com/?UTM_CAMPAIGN=old&%75tm_medium=x',
      'shop.example.com/no-scheme',
      'https://exa mple.com/space',
      '  https://example.com/trimmed  ',
      '',
      null,
    ];
    const words = ['youtube', 'Creator Spotlight', 'été 2026', 'a&b=c', 'news/letter', '50%', ' ', '', null];
    const rows = Array.from({ length: ROWS }, () => ({
      url: r.pick(urls),
      source: r.pick(words),
      medium: r.chance(0.9) ? 'video' : r.pick(words),
      campaign: r.pick(words),
      content: r.chance(0.7) ? null : r.pick(words),
      term: r.chance(0.8) ? null : r.pick(words),
    }));
    const col = (key: keyof (typeof rows)[number]) => column(rows.map((row) => row[key]));
    const sheets = addon.gas.UTM_LINK(
      col('url'),
      col('source'),
      col('medium'),
      col('campaign'),
      col('content'),
      col('term'),
    ) as unknown[][];
    const expected = sheets.map((cells) => asCheckedText(cells[0]));
    const actual = rows.map((row) => utm.call(row)) as CheckedText[];
    expect(differences(expected, actual)).toEqual([]);
    expect(actual.filter((a) => a.value !== null).length).toBeGreaterThan(1000);
    expect(actual.filter((a) => a.error !== null).length).toBeGreaterThan(1000);
    expect(actual.filter((a) => a.value === null && a.error === null).length).toBeGreaterThan(0);
  });

  it('the README example', () => {
    expect(
      utm.call({
        url: 'https://shop.example.com/spring?color=red',
        source: 'youtube',
        medium: 'video',
        campaign: 'spring launch',
        content: null,
        term: null,
      }),
    ).toEqual({
      value:
        'https://shop.example.com/spring?color=red&utm_source=youtube&utm_medium=video&utm_campaign=spring%20launch',
      error: null,
    });
    expect(
      utm.call({
        url: 'shop.example.com',
        source: 'yt',
        medium: 'video',
        campaign: 'x',
        content: null,
        term: null,
      }),
    ).toEqual({ value: null, error: '#ERROR: url must be an http(s) URL (got "shop.example.com")' });
  });
});

describe('disclosure_check equals DISCLOSURE_CHECK', () => {
  const check = udf('disclosure_check');

  it('on 10,000 random captions', () => {
    const r = random(92);
    const pieces = [
      '#ad',
      '#Ad',
      'Sponsored',
      'sp',
      'spon',
      'collab',
      'thanks',
      'Thanks to Acme for the free product',
      'Paid partnership with Acme',
      '#AcmePartner',
      '#acmeambassador',
      'ambassador',
      'Loving this serum',
      'link in bio: shop.com/ad',
      '@ad',
      '#skincare #glow #routine #selfcare',
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.',
      '\n',
      '😀',
    ];
    const rows = Array.from({ length: ROWS }, () => ({
      caption: r.chance(0.03)
        ? r.pick([null, '', '   '])
        : Array.from({ length: r.int(1, 8) }, () => r.pick(pieces)).join(r.pick([' ', ' ', '. '])),
      brand: r.chance(0.5) ? null : r.pick(['Acme', 'acme', '', '!!!', 'Acme Co']),
    }));
    const sheets = addon.gas.DISCLOSURE_CHECK(
      column(rows.map((row) => row.caption)),
      column(rows.map((row) => row.brand)),
    ) as unknown[][];
    const expected = sheets.map((cells) => asCheckedText(cells[0]));
    const actual = rows.map((row) => check.call(row)) as CheckedText[];
    expect(differences(expected, actual)).toEqual([]);
    const values = new Set(actual.map((a) => a.value?.split(':')[0]));
    expect(values.has('OK')).toBe(true);
    expect(values.size).toBeGreaterThan(3);
    expect(actual.filter((a) => a.error !== null).length).toBeGreaterThan(0);
  });

  it("a result does not depend on the brands and tags the context saw before (the core's memos)", () => {
    const row = { caption: 'Loving it #AcmePartner', brand: 'Acme' };
    const fresh = udf('disclosure_check').call(row);
    const used = udf('disclosure_check');
    used.call({ caption: 'Loving it #ZedPartner', brand: 'Zed' });
    used.call({ caption: 'Loving it #AcmePartner', brand: null });
    expect(used.call(row)).toEqual(fresh);
    expect(fresh).toEqual({ value: 'OK', error: null });
    const link = {
      url: 'https://a.example/',
      source: 'yt',
      medium: 'video',
      campaign: 'x y',
      content: null,
      term: null,
    };
    const freshLink = udf('utm_link').call(link);
    const usedLink = udf('utm_link');
    usedLink.call({ ...link, campaign: 'x%20y' });
    expect(usedLink.call(link)).toEqual(freshLink);
  });

  it('a blank caption with a brand is that row error, as in Sheets', () => {
    expect(check.call({ caption: '  ', brand: 'Acme' })).toEqual(
      asCheckedText(addon.gas.DISCLOSURE_CHECK('  ', 'Acme')),
    );
    expect(thrown(() => check.call({ caption: 'x' } as Record<string, unknown>))).toMatch(/missing brand/);
  });
});
