// UTM_LINK, DISCLOSURE_CHECK, PARTNER_CONCENTRATION and HYBRID_PAYOUT's tier_mode, called through
// the built bundle as Sheets calls them (values, 2-D ranges) and from formulas in cells.
import { type Addon, freshAddon, plain } from './harness';

let addon: Addon;
beforeEach(() => {
  addon = freshAddon();
});

const column = (...values: unknown[]) => values.map((v) => [v]);

describe('UTM_LINK', () => {
  it('one link from values', () => {
    expect(
      addon.gas.UTM_LINK('https://shop.example.com/p?id=7#top', 'instagram', 'influencer', 'spring sale'),
    ).toBe(
      'https://shop.example.com/p?id=7&utm_source=instagram&utm_medium=influencer&utm_campaign=spring%20sale#top',
    );
  });

  it('columns and values mixed: blank rows blank, bad rows as #ERROR naming the argument', () => {
    const urls = column(
      'https://a.example/',
      '',
      'shop.example.com',
      'https://b.example/?utm_source=x',
      'https://c.example/',
    );
    const content = column('ana', '', 'ben', '', new Date(Date.UTC(2026, 0, 1)));
    expect(plain(addon.gas.UTM_LINK(urls, 'instagram', 'influencer', 2026, content))).toEqual([
      ['https://a.example/?utm_source=instagram&utm_medium=influencer&utm_campaign=2026&utm_content=ana'],
      [''],
      ['#ERROR: url must be an http(s) URL (got "shop.example.com")'],
      ['https://b.example/?utm_source=instagram&utm_medium=influencer&utm_campaign=2026'],
      ['#ERROR: content must be text (got a date)'],
    ]);
    expect(addon.gas.UTM_LINK('https://a.example/', '', 'influencer', 'x')).toBe('#ERROR: source is blank');
    expect(addon.gas.UTM_LINK('', '', '', '')).toBe('');
  });

  it('call errors: ranges of different heights, missing arguments', () => {
    expect(() =>
      addon.gas.UTM_LINK(column('https://a/', 'https://b/'), column('x', 'y', 'z'), 'm', 'c'),
    ).toThrow('UTM_LINK: ranges must have the same number of rows (got url 2, source 3)');
    expect(() => addon.gas.UTM_LINK('https://a/', 'x')).toThrow(
      'UTM_LINK: needs url, source, medium and campaign',
    );
  });
});

describe('DISCLOSURE_CHECK', () => {
  it('per row, with the brand as a value or a column', () => {
    const captions = column(
      'New shoes from Acme! #ad',
      '',
      'New shoes #sp #collab',
      'New shoes #AcmePartner',
      'New shoes #AcmePartner',
    );
    expect(plain(addon.gas.DISCLOSURE_CHECK(captions, column('', '', '', 'Acme', '')))).toEqual([
      ['OK'],
      [''],
      [
        'missing: no #ad, #sponsored, "advertisement" or "paid partnership"; vague: #sp and #collab alone do not disclose',
      ],
      ['OK'],
      [
        'missing: no #ad, #sponsored, "advertisement" or "paid partnership" (give the brand to count a tag like #AcmePartner)',
      ],
    ]);
    expect(addon.gas.DISCLOSURE_CHECK('New shoes #AcmeAmbassador', 'Acme')).toBe('OK');
  });

  it('a blank caption beside a brand, a tick or a bad brand are row errors', () => {
    expect(plain(addon.gas.DISCLOSURE_CHECK(column('', true, 'x #ad'), column('Acme', '', '!!')))).toEqual([
      ['#ERROR: caption is blank'],
      ['#ERROR: caption must be text (got TRUE)'],
      ['#ERROR: brand must contain letters or digits (got "!!")'],
    ]);
  });
});

describe('PARTNER_CONCENTRATION', () => {
  it('top producer and share, HHI and label; names grouped, blank rows skipped', () => {
    const producers = column('Ana', ' ana ', 'Ben', '', 'Cleo', 'Dee');
    const sales = column(400, '200', 300, '', 100, '');
    expect(plain(addon.gas.PARTNER_CONCENTRATION(producers, sales))).toEqual([
      ['Top producer', 'Top share', 'HHI', 'Label'],
      ['Ana', 0.6, expect.closeTo(3600 + 900 + 100, 9), 'concentrated'],
    ]);
  });

  it('ties name every top producer; no sales yet says so', () => {
    expect(plain(addon.gas.PARTNER_CONCENTRATION(column('Ana', 'Ben'), column(5, 5)))[1]).toEqual([
      'Ana, Ben',
      0.5,
      5000,
      'concentrated',
    ]);
    expect(plain(addon.gas.PARTNER_CONCENTRATION(column('Ana', ''), column('', '')))).toEqual([
      ['Top producer', 'Top share', 'HHI', 'Label'],
      ['', '', '', 'no sales yet'],
    ]);
  });

  it('bad rows fail the call, naming the row', () => {
    expect(() => addon.gas.PARTNER_CONCENTRATION(column('Ana', 'Ben'), column(5, 'lots'))).toThrow(
      'PARTNER_CONCENTRATION: row 2: sales must be a number (got "lots")',
    );
    expect(() => addon.gas.PARTNER_CONCENTRATION(column('Ana', ''), column(5, 7))).toThrow(
      'PARTNER_CONCENTRATION: row 2: sales 7 have no producer',
    );
    expect(() => addon.gas.PARTNER_CONCENTRATION(column('Ana'), column(-1))).toThrow(
      'row 1: sales must be 0 or more (got -1)',
    );
  });
});

describe('PARTNER_CONCENTRATION on Results (sales keyed by partnership ID)', () => {
  // The Pipeline's Producer and ID columns; the Results sheet's Attributed sales and Partnership ID.
  const producers = column('Ana', 'Ben', ' ana ', '');
  const producerIds = column('P-0001', 'P-0002', 'P-0003', '');
  it('credits each sale to the producer of its ID, grouped by name as before', () => {
    const sales = column(400, '', 300, 300, '');
    const salesIds = column('P-0001', 'P-0001', 'P-0002', 'P-0003', '');
    expect(plain(addon.gas.PARTNER_CONCENTRATION(producers, sales, salesIds, producerIds))).toEqual([
      ['Top producer', 'Top share', 'HHI', 'Label'],
      ['Ana', 0.7, expect.closeTo(4900 + 900, 9), 'concentrated'],
    ]);
  });

  it('an unknown ID, sales without an ID, or one of the two ID ranges alone fail the call', () => {
    expect(() =>
      addon.gas.PARTNER_CONCENTRATION(producers, column(5, 7), column('P-0001', 'P-0404'), producerIds),
    ).toThrow('PARTNER_CONCENTRATION: row 2: ID "P-0404" is not among producer_ids');
    expect(() => addon.gas.PARTNER_CONCENTRATION(producers, column(5), column(''), producerIds)).toThrow(
      'PARTNER_CONCENTRATION: row 1: sales 5 have no ID',
    );
    expect(() => addon.gas.PARTNER_CONCENTRATION(producers, column(5), column('P-0001'))).toThrow(
      'PARTNER_CONCENTRATION: sales_ids and producer_ids go together: give both, or neither',
    );
    expect(() =>
      addon.gas.PARTNER_CONCENTRATION(
        producers,
        column(5, 6),
        column('P-0001', 'P-0002', 'P-0003'),
        producerIds,
      ),
    ).toThrow('PARTNER_CONCENTRATION: ranges must have the same number of rows (got sales 2, sales_ids 3)');
  });

  it('"constructor" is a fine ID', () => {
    const result = addon.gas.PARTNER_CONCENTRATION(
      column('Ana'),
      column(5),
      column('constructor'),
      column('constructor'),
    );
    expect(plain(result)[1][0]).toBe('Ana');
  });
});

describe('HYBRID_PAYOUT tier_mode', () => {
  const tiers = [
    [0, 0.1],
    [10000, 0.15],
  ];

  it('marginal by default and when asked; whole applies the tier reached to all sales', () => {
    const { gas } = addon;
    expect(gas.HYBRID_PAYOUT(1000, tiers, 25000)).toBeCloseTo(4250, 9);
    expect(gas.HYBRID_PAYOUT(1000, tiers, 25000, '', '', '', 'marginal')).toBeCloseTo(4250, 9);
    expect(gas.HYBRID_PAYOUT(1000, tiers, 25000, undefined, undefined, undefined, 'whole')).toBeCloseTo(
      4750,
      9,
    );
    expect(
      plain(gas.HYBRID_PAYOUT(column(1000, 0), tiers, column(25000, 5000), '', '', '', 'WHOLE')),
    ).toEqual([[expect.closeTo(4750, 9)], [500]]);
    // A flat rate has no tiers: the mode changes nothing.
    expect(gas.HYBRID_PAYOUT(1000, 0.1, 25000, '', '', '', 'whole')).toBeCloseTo(3500, 9);
  });

  it('a mode that is not marginal or whole fails the call', () => {
    expect(() => addon.gas.HYBRID_PAYOUT(1000, tiers, 25000, '', '', '', 'flat')).toThrow(
      'HYBRID_PAYOUT: tier_mode must be "marginal" or "whole" (got "flat")',
    );
    expect(() => addon.gas.HYBRID_PAYOUT(1000, tiers, 25000, '', '', '', column('whole', 'whole'))).toThrow(
      'tier_mode must be a single value (got 2 x 1)',
    );
  });
});

describe('from formulas in cells', () => {
  it('each new function evaluates and spills as Sheets would', () => {
    const { emu } = addon;
    emu.user.setValues('Sheet1', 'A1:C3', [
      ['https://shop.example.com/', 'Ana', 300],
      ['New shoes #ad', 'Ben', 100],
      ['', 'Ana', 100],
    ]);
    emu.user.setValues('Sheet1', 'E1:E4', [
      ['=UTM_LINK(A1, "instagram", "influencer", "spring")'],
      ['=DISCLOSURE_CHECK(A2)'],
      ['=HYBRID_PAYOUT(1000, {0,10%;10000,15%}, 25000, , , , "whole")'],
      ['=PARTNER_CONCENTRATION(B1:B3, C1:C3)'],
    ]);
    expect(plain(emu.user.getValues('Sheet1', 'E1:H5'))).toEqual([
      [
        'https://shop.example.com/?utm_source=instagram&utm_medium=influencer&utm_campaign=spring',
        '',
        '',
        '',
      ],
      ['OK', '', '', ''],
      [expect.closeTo(4750, 9), '', '', ''],
      ['Top producer', 'Top share', 'HHI', 'Label'],
      ['Ana', 0.8, expect.closeTo(6800, 9), 'concentrated'],
    ]);
  });

  it('a producer named like a formula comes back as text, never a formula', () => {
    const { emu } = addon;
    emu.user.setValues('Sheet1', 'A1:B1', [['\'=HYPERLINK("http://x")', 10]]);
    emu.user.setValues('Sheet1', 'D1', [['=PARTNER_CONCENTRATION(A1:A1, B1:B1)']]);
    expect(emu.user.getValues('Sheet1', 'D2')).toEqual([['=HYPERLINK("http://x")']]);
    expect(emu.user.cell('Sheet1', 'D2').formula ?? '').toBe('');
  });
});
