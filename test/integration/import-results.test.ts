// Import results through the built bundle: the dialog's two server calls with totals the core made
// from real-shaped exports, and the Results sheet afterwards.
import { GA4_CSV, GENERIC_CSV, SHOPIFY_CSV, YOUTUBE_CSV } from '../results/fixtures';
import { plain } from './harness';
import { contextOf, importAddon, resultRows, runImport } from './import-helpers';
import { cellOf, day, typeCell } from './pipeline-helpers';
import { writeResults } from './results-helpers';

const metrics = (row: Record<string, unknown>) => [
  row.Sessions,
  row.Orders,
  row['Attributed sales'],
  row.Refunds,
  row.Views,
  row.Engagement,
];

describe('Import results', () => {
  it('the menu item opens the dialog; the page gets partnerships, campaigns, codes and the currency in one call', () => {
    const addon = importAddon();
    addon.gas.openImportResults();
    const dialog = addon.emu.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe('Import results');
    expect(dialog.html).toContain('<title>Import results</title>');
    addon.emu.calls.reset();
    const context = contextOf(addon);
    expect(context.currency).toBe('USD');
    expect(context.currencyFrom).toBe('Assumptions');
    expect(context.hasCodeColumn).toBe(true);
    expect(context.partnerships.map((p) => [p.id, p.campaigns, p.codes])).toEqual([
      ['P-0001', ['ana-spring'], ['ANA10']],
      ['P-0002', ['P-0002'], ['BEN15']],
      ['P-0003', ['shared'], []],
      ['P-0004', ['shared'], []],
    ]);
    // One read each of the Pipeline and Assumptions (there is no Results sheet yet), nothing written.
    const calls = addon.emu.calls.byMethod();
    expect((calls['Range.getValues'] ?? 0) + (calls['Sheet.getSheetValues'] ?? 0)).toBe(2);
    expect(addon.emu.calls.roundTrips()).toBeLessThanOrEqual(7);
  });

  it('writes GA4 totals per partnership and month, Key and Month as text; a second import changes nothing', () => {
    const addon = importAddon();
    const first = runImport(addon, GA4_CSV, 'ga4.csv');
    expect(first.message).toBe(
      'Imported GA4 results from ga4.csv: 2 rows added. 3 rows matched no partnership and were not imported.',
    );
    const rows = resultRows(addon);
    expect(rows.map((r) => [r.Key, r['Partnership ID'], r.Month, r.Source, r.Currency])).toEqual([
      ['P-0001|2026-11|GA4', 'P-0001', '2026-11', 'GA4', 'USD'],
      ['P-0002|2026-11|GA4', 'P-0002', '2026-11', 'GA4', 'USD'],
    ]);
    expect(metrics(rows[0])).toEqual([200, 5, 1300, '', '', '']);
    const cells = addon.emu.user.snapshot('Results');
    expect(cells[1].slice(0, 4).map((c) => c.numberFormat)).toEqual(['@', '@', '@', '@']);
    expect(cells.flat().filter((c) => c.formula !== '')).toEqual([]);

    const before = plain(addon.emu.user.snapshot('Results'));
    addon.emu.setNow(new Date(Date.UTC(2026, 11, 2, 9)));
    addon.emu.calls.reset();
    const again = runImport(addon, GA4_CSV, 'ga4.csv');
    expect(again.message).toBe(
      'Nothing changed: the Results sheet already holds these GA4 results from ga4.csv (2 rows, imported before). 3 rows matched no partnership and were not imported.',
    );
    expect(plain(addon.emu.user.snapshot('Results'))).toEqual(before);
    expect(addon.emu.calls.byMethod()['Range.setValues'] ?? 0).toBe(0);
  });

  it('a later file for the same month replaces that source’s totals and says so; other sources stay', () => {
    const addon = importAddon();
    runImport(addon, GA4_CSV, 'ga4.csv');
    runImport(addon, SHOPIFY_CSV, 'orders_export.csv');
    const later = GA4_CSV.replace(
      'ana-spring,instagram / creator,20261104,80,1,65.5',
      'ana-spring,instagram / creator,20261104,90,2,75.5',
    );
    const outcome = runImport(addon, later, 'ga4-final.csv');
    expect(outcome.message).toBe(
      'Imported GA4 results from ga4-final.csv: 0 rows added, 1 replaced, 1 unchanged. Earlier GA4 totals replaced for P-0001 2026-11. 3 rows matched no partnership and were not imported.',
    );
    const rows = resultRows(addon);
    expect(rows.map((r) => r.Key)).toEqual([
      'P-0001|2026-11|GA4',
      'P-0002|2026-11|GA4',
      'P-0001|2026-11|Shopify',
      'P-0001|2026-12|Shopify',
      'P-0002|2026-11|Shopify',
    ]);
    expect(metrics(rows[0])).toEqual([210, 6, 1310, '', '', '']);
  });

  it('Shopify: each order counted once across its line items, refunds kept apart, voided orders left out', () => {
    const addon = importAddon();
    const outcome = runImport(addon, SHOPIFY_CSV, 'orders_export.csv');
    expect(outcome.added).toBe(3);
    const byKey = new Map(resultRows(addon).map((r) => [r.Key, metrics(r)]));
    expect(byKey.get('P-0001|2026-11|Shopify')).toEqual(['', 1, 120, 0, '', '']);
    expect(byKey.get('P-0002|2026-11|Shopify')).toEqual(['', 1, 80, 20, '', '']);
    // "ana10" on 1 December 00:05 in the shop's zone: December, whatever the spreadsheet's zone.
    expect(byKey.get('P-0001|2026-12|Shopify')).toEqual(['', 1, 45.5, 45.5, '', '']);
  });

  it('platform insights of one producer’s channel, and a generic table', () => {
    const addon = importAddon();
    runImport(addon, YOUTUBE_CSV, 'youtube.csv', { wholeFile: 'P-0001' });
    runImport(addon, GENERIC_CSV, 'results.csv');
    const rows = resultRows(addon);
    expect(rows.map((r) => [r.Key, ...metrics(r)])).toEqual([
      ['P-0001|2026-11|YouTube', '', '', '', '', 15300, 1007],
      ['P-0001|2026-10|Generic', 50, 2, 200, '', 1000, 80],
      ['P-0003|2026-10|Generic', 10, 0, 0, '', 300, 12],
    ]);
    expect(rows[0].Currency).toBe('');
  });

  it('a file in another currency than Assumptions is a clear error and writes nothing', () => {
    const addon = importAddon();
    const assumptions = addon.emu.user.getValues('Assumptions');
    const row = assumptions.findIndex((r) => r[0] === 'Currency') + 1;
    addon.emu.user.setValues('Assumptions', `B${row}`, [['EUR']]);
    expect(() => runImport(addon, SHOPIFY_CSV, 'orders_export.csv')).toThrow(
      "The file's amounts are in USD, the workbook's in EUR (Assumptions' Currency)",
    );
    // The server checks again, whatever the page sent.
    const context = contextOf(addon);
    expect(context.currency).toBe('EUR');
    const payload = {
      source: 'Shopify',
      fileName: 'x.csv',
      currency: 'USD',
      totals: [{ id: 'P-0001', month: '2026-11', metrics: { attributedSales: 10 } }],
      rowsRead: 1,
      unattributedRows: 0,
    };
    expect(() => addon.gas.importResults(payload)).toThrow(/amounts are in USD, the workbook's in EUR/);
    expect(addon.emu.spreadsheet.getSheetByName('Results')).toBeNull();
  });

  it('the server refuses forged totals with a message, writing nothing', () => {
    const addon = importAddon();
    const good = { id: 'P-0001', month: '2026-11', metrics: { sessions: 1 } };
    const send = (payload: unknown) => () => addon.gas.importResults(payload);
    const base = {
      source: 'GA4',
      fileName: 'f',
      currency: '',
      totals: [good],
      rowsRead: 1,
      unattributedRows: 0,
    };
    expect(send({ ...base, source: 'Excel' })).toThrow('Unknown source "Excel".');
    expect(send({ ...base, totals: [{ ...good, id: 'P-0099' }] })).toThrow(
      'P-0099 is not in the Pipeline any more',
    );
    expect(send({ ...base, totals: [{ ...good, month: '2026-13' }] })).toThrow('month must be yyyy-mm');
    expect(send({ ...base, totals: [{ ...good, metrics: { sessions: 'NaN' } }] })).toThrow(
      'sessions must be a number',
    );
    expect(send({ ...base, totals: [{ ...good, metrics: { sessions: 1e300 } }] })).toThrow(
      'sessions must be a number',
    );
    expect(send({ ...base, totals: [good, good] })).toThrow('P-0001 2026-11 appears twice');
    expect(send({ ...base, totals: [] })).toThrow('nothing to write');
    expect(send(null)).toThrow('sent nothing');
    expect(addon.emu.spreadsheet.getSheetByName('Results')).toBeNull();
  });

  it('waits for no one: a busy document lock is a message, and nothing is written', () => {
    const addon = importAddon();
    addon.emu.lock.heldElsewhere = true;
    expect(() => runImport(addon, GA4_CSV, 'ga4.csv')).toThrow('Another run is busy');
    expect(addon.emu.spreadsheet.getSheetByName('Results')).toBeNull();
  });

  it('keeps rows, columns and formulas people added to the Results sheet', () => {
    const addon = importAddon();
    runImport(addon, GA4_CSV, 'ga4.csv');
    addon.emu.user.setValues('Results', 'M1:M3', [['Note'], ['=1+1'], ['checked']]);
    addon.emu.user.setValues('Results', 'A4:D4', [['P-0004|2026-09|GA4', 'P-0004', "'2026-09", 'GA4']]);
    const later = GA4_CSV.replace(
      'P-0002,youtube / creator,20261104,200,3,300',
      'P-0002,youtube / creator,20261104,201,3,300',
    );
    expect(runImport(addon, later, 'ga4.csv').replaced).toBe(1);
    const cells = addon.emu.user.snapshot('Results');
    expect(cells[1][12].formula).toBe('=1+1');
    expect(cells[2][12].value).toBe('checked');
    expect(cells[3][0].value).toBe('P-0004|2026-09|GA4');
    expect(cells[2][4].value).toBe(201);
  });

  it('an edit right after an import sees the new month: the import drops the results summary edits keep', () => {
    const addon = importAddon();
    typeCell(addon, 3, 'Start date', day('2026-06-01'));
    typeCell(addon, 3, 'Stage', 'Measurement');
    writeResults(addon, [{ id: 'P-0002', month: '2026-09', source: 'YouTube', views: 100 }]);
    addon.gas.validateAllRows(); // reads Results and keeps its summary for edits
    expect(String(cellOf(addon, 3, 'Status'))).toContain('no results since 2026-09');
    runImport(addon, GA4_CSV, 'ga4.csv'); // brings P-0002's November
    typeCell(addon, 3, 'Revision rounds', 1);
    expect(String(cellOf(addon, 3, 'Status'))).not.toContain('no results');
  });
});
