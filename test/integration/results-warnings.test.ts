// The lifecycle's results warnings through the built bundle: no results for 30 days from Measurement
// on, Renewal or Exit without a debrief, over-reliance on Results' sales, and what an edit costs.
import type { Addon } from './harness';
import {
  cellOf,
  day,
  header,
  letter,
  promotionRow,
  setUpAddon,
  typeCell,
  typeRows,
} from './pipeline-helpers';
import { writeResults } from './results-helpers';

const measured = (producer: string, extra: Record<string, unknown> = {}) =>
  promotionRow(producer, { Stage: 'Measurement', 'Start date': day('2026-06-01'), ...extra });

function withRows(addon: Addon): void {
  typeRows(addon, 2, [
    measured('Ana Lopez'),
    measured('Ben Okafor'),
    measured('Cleo Park'),
    measured('Dev Rao', { 'Start date': day('2026-11-10') }),
  ]);
}

const status = (addon: Addon, row: number) => String(cellOf(addon, row, 'Status'));

function cacheOf(addon: Addon): GoogleAppsScript.Cache.Cache {
  return (addon.emu.globals.CacheService as GoogleAppsScript.Cache.CacheService).getDocumentCache()!;
}

describe('results warnings', () => {
  it('warns when a measured partnership has had no results for 30 days, only once Results exists', () => {
    const addon = setUpAddon();
    withRows(addon);
    addon.gas.validateAllRows();
    expect(status(addon, 2)).toBe('OK'); // no Results sheet: nothing to warn about
    writeResults(addon, [
      { id: 'P-0001', month: '2026-10', source: 'YouTube', views: 900 },
      { id: 'P-0002', month: '2026-09', source: 'YouTube', views: 100 },
    ]);
    addon.gas.validateAllRows();
    expect(status(addon, 2)).toBe('OK');
    expect(status(addon, 3)).toBe('1 warning: no results since 2026-09 (58 days, over 30)');
    expect(status(addon, 4)).toBe('1 warning: no results imported (Import results), over 30 days');
    // Started 18 days ago: not yet.
    expect(status(addon, 5)).toBe('OK');
    // An edit gives the same verdicts from the kept summary.
    typeCell(addon, 3, 'Revision rounds', 2);
    expect(status(addon, 3)).toBe('1 warning: no results since 2026-09 (58 days, over 30)');
  });

  it('a Month someone re-typed as a date is read in the spreadsheet’s time zone, by Validate all and an edit', () => {
    const addon = setUpAddon();
    withRows(addon);
    writeResults(addon, [{ id: 'P-0002', month: '2026-09', source: 'YouTube', views: 100 }]);
    // Midnight of 1 November in New York is 04:00 UTC: still November there.
    addon.emu.user.setValues('Results', 'C2', [[new Date(Date.UTC(2026, 10, 1, 4))]]);
    addon.gas.validateAllRows();
    expect(status(addon, 3)).toBe('OK');
    cacheOf(addon).remove('pp.results.latest');
    typeCell(addon, 3, 'Revision rounds', 2);
    expect(status(addon, 3)).toBe('OK');
  });

  it('an edit reads Results only when its summary is not kept, and then only three columns, once', () => {
    const addon = setUpAddon();
    withRows(addon);
    const rounds = letter(header(addon).indexOf('Revision rounds') + 1);
    const editCost = () => {
      addon.emu.calls.reset();
      addon.gas.onEdit(addon.emu.user.edit('Pipeline', `${rounds}3`, [[1]]));
      return {
        trips: addon.emu.calls.roundTrips(),
        reads: addon.emu.calls.byMethod()['Range.getValues'] ?? 0,
      };
    };
    addon.gas.validateAllRows();
    const without = editCost(); // no Results sheet ever seen: no extra call
    writeResults(addon, [{ id: 'P-0002', month: '2026-09', source: 'YouTube', views: 100 }]);
    addon.gas.validateAllRows(); // sees Results, keeps the summary
    const kept = editCost();
    expect(kept).toEqual(without);
    expect(status(addon, 3)).toContain('no results since 2026-09');

    cacheOf(addon).remove('pp.results.latest'); // expired
    const miss = editCost();
    // getSheetByName, getLastRow, getLastColumn, the header and one block of ID, Month and Source.
    expect(miss.trips).toBe(without.trips + 5);
    expect(miss.reads).toBe(without.reads + 2);
    expect(status(addon, 3)).toContain('no results since 2026-09');
    expect(editCost()).toEqual(without); // kept again
  });

  it('a summary of 12,000 partnerships is kept in pieces under the cache’s 100 KB a value', () => {
    const addon = setUpAddon();
    withRows(addon);
    const many = Array.from({ length: 12000 }, (_, i) => ({
      id: `X-${String(i).padStart(5, '0')}-${'long-id-'.repeat(2)}`,
      month: '2026-11',
      source: 'YouTube',
      views: 1,
    }));
    writeResults(addon, [...many, { id: 'P-0002', month: '2026-09', source: 'YouTube', views: 100 }]);
    addon.gas.validateAllRows();
    const pieces = Number(cacheOf(addon).get('pp.results.latest'));
    expect(pieces).toBeGreaterThan(1);
    addon.emu.calls.reset();
    typeCell(addon, 3, 'Revision rounds', 2); // from the pieces, not from Results
    expect(addon.emu.calls.byMethod()['Sheet.getLastColumn']).toBeUndefined();
    expect(status(addon, 3)).toBe('1 warning: no results since 2026-09 (58 days, over 30)');
  });

  it('warns at Renewal and Exit without a debrief when the Pipeline has a Debrief column', () => {
    const addon = setUpAddon();
    typeRows(addon, 2, [
      measured('Ana Lopez', { Stage: 'Renewal', 'Debrief done': true }),
      measured('Ben Okafor', { Stage: 'Exit', 'Debrief done': true, 'End date': day('2026-11-01') }),
    ]);
    addon.gas.validateAllRows();
    expect(status(addon, 2)).toBe('OK'); // no Debrief column: the tick is the requirement
    const width = header(addon).length;
    addon.emu.user.setValues('Pipeline', `${letter(width + 1)}1:${letter(width + 1)}3`, [
      ['Debrief'],
      [''],
      ['https://docs.example.com/ben-debrief'],
    ]);
    addon.gas.validateAllRows();
    expect(status(addon, 2)).toBe('1 warning: no debrief written (Write debrief) at Renewal');
    expect(status(addon, 3)).toBe('OK');
  });

  it('over-reliance runs on Results’ sales when Results holds any, one source per month', () => {
    const addon = setUpAddon();
    // The Pipeline's column says Ben sells most; Results says Ana does.
    typeRows(addon, 2, [
      measured('Ana Lopez', { 'Attributed sales': 100 }),
      measured('Ben Okafor', { 'Attributed sales': 9000 }),
    ]);
    writeResults(addon, [
      { id: 'P-0001', month: '2026-11', source: 'Shopify', attributedSales: 8000, refunds: 500 },
      { id: 'P-0001', month: '2026-11', source: 'GA4', attributedSales: 7900 },
      { id: 'P-0002', month: '2026-11', source: 'Shopify', attributedSales: 2500 },
      { id: 'P-0404', month: '2026-11', source: 'Shopify', attributedSales: 99999 },
    ]);
    addon.gas.validateAllRows();
    expect(status(addon, 2)).toBe('1 warning: producer holds 75% of attributed sales (over-reliance)');
    expect(status(addon, 3)).toBe('OK');
    expect(addon.emu.ui.toasts.at(-1)?.message).toContain(
      'Over-reliance: Ana Lopez holds 75% of attributed sales in Results. Results holds sales for 1 ID not in the Pipeline: left out of the shares.',
    );
  });
});
