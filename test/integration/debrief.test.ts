// Write debrief through the built bundle: a brief written by the brief builder, Results rows as the
// import writes them, the debrief sheet, the Pipeline's Debrief link, the suggestion and its reasons.
import { newDraft } from '../../src/core/brief/draft';
import { completeDraft } from './brief-helpers';
import { type Addon, plain } from './harness';
import { cellOf, day, header, letter, promotionRow, setUpAddon, typeRows } from './pipeline-helpers';
import { type ResultRow, writeResults } from './results-helpers';

const TERM = {
  startDate: '2026-08-01',
  kickoffDate: '2026-08-01',
  launchDate: '2026-08-15',
  midReviewDate: '2026-10-01',
  endDate: '2026-11-30',
  targetContentOutput: '4',
  targetReach: '50000',
  targetEngagementRate: '6',
  targetAttributedSales: '24000',
  targetLifetimeValue: '120',
};

function measured(addon: Addon, stage = 'Measurement', extra: Record<string, unknown> = {}): void {
  typeRows(addon, 2, [
    promotionRow('Ana Lopez', {
      Stage: stage,
      'Start date': day('2026-08-01'),
      'Debrief done': false,
      ...extra,
    }),
  ]);
  const draft = completeDraft(newDraft(), TERM);
  const written = addon.gas.createBrief('P-0001', draft);
  expect(plain(written)).toMatchObject({ ok: true });
}

/** Four months at 6,000 a month of target: September and October under half. */
const UNDERPERFORMING: ResultRow[] = [
  { id: 'P-0001', month: '2026-08', source: 'Shopify', orders: 50, attributedSales: 7000, refunds: 0 },
  { id: 'P-0001', month: '2026-09', source: 'Shopify', orders: 20, attributedSales: 2200, refunds: 200 },
  // GA4 reports the same orders: never added to Shopify's.
  { id: 'P-0001', month: '2026-09', source: 'GA4', sessions: 900, attributedSales: 2100 },
  { id: 'P-0001', month: '2026-10', source: 'Shopify', orders: 20, attributedSales: 2500 },
  { id: 'P-0001', month: '2026-11', source: 'Shopify', orders: 60, attributedSales: 8000 },
  { id: 'P-0001', month: '2026-09', source: 'YouTube', views: 30000, engagement: 1800 },
  { id: 'P-0001', month: '2026-10', source: 'Instagram', views: 25000, engagement: 1000 },
];

const FORM = {
  text: {
    worked: '=HYPERLINK("https://evil.example","click")',
    didNotWork: '+33 1 23 45 67 89 and @team',
    toChange: '<img src=x onerror=alert(1)>',
  },
  ticks: { audienceShifting: false, strainedRelationship: false },
  numbers: { contentOutput: '5', lifetimeValue: '$150' },
};

const debriefValues = (addon: Addon) => addon.emu.user.getValues('Debrief P-0001');
const rowWith = (values: unknown[][], label: string) => values.find((r) => r[0] === label);

describe('Write debrief', () => {
  it('compares the brief with Results, suggests exit after two months under half, and links the row', () => {
    const addon = setUpAddon();
    measured(addon);
    writeResults(addon, UNDERPERFORMING);
    const context = plain(addon.gas.getDebriefContext('P-0001'));
    expect(context.blocked).toBeNull();
    expect(context.preview.suggestion).toBe('Consider exit');

    const result = plain(addon.gas.writeDebrief('P-0001', FORM));
    expect(result).toMatchObject({ ok: true, sheetName: 'Debrief P-0001', suggestion: 'Consider exit' });
    expect(result.reasons).toEqual([
      'attributed sales under half of the monthly target ($6,000.00) in 2026-09 and 2026-10',
    ]);
    expect(result.message).toContain('Its Debrief cell links to the sheet.');
    expect(result.message).toContain('The Pipeline has a new column, Debrief');

    const values = debriefValues(addon);
    expect(values[0][0]).toBe('Debrief P-0001: Ana Lopez');
    // Targets against actuals: reach is views (55,000), engagement 2,800 / 55,000, sales net of refunds.
    const metric = (label: string) => values.find((r) => r[1] === label)?.slice(2, 5);
    expect(metric('Reach')).toEqual([50000, 55000, 'Met']);
    expect(metric('Attributed sales')).toEqual([24000, 7000 + 2000 + 2500 + 8000, 'Missed']);
    expect(metric('Content output (pieces)')).toEqual([4, 5, 'Met']);
    expect(metric('Customer lifetime value')).toEqual([120, 150, 'Met']);
    const rate = metric('Engagement rate (%)');
    expect(rate?.[0]).toBeCloseTo(0.06, 10);
    expect(rate?.[1]).toBeCloseTo(2800 / 55000, 10);
    expect(rate?.[2]).toBe('Missed');
    expect(values.some((r) => String(r[0]).startsWith('2026-09: sales from Shopify; GA4'))).toBe(true);
    // Hostile text stays text, exactly as typed; no cell of the sheet holds a formula.
    expect(rowWith(values, 'What worked')?.[1]).toBe(FORM.text.worked);
    expect(rowWith(values, "What didn't")?.[1]).toBe(FORM.text.didNotWork);
    expect(rowWith(values, 'What to change')?.[1]).toBe(FORM.text.toChange);
    const sheet = addon.emu.spreadsheet.getSheetByName('Debrief P-0001')!;
    expect(sheet.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);

    // The Pipeline row: a link in the new Debrief column; Stage and Debrief done untouched.
    const names = header(addon);
    expect(names.at(-1)).toBe('Debrief');
    const link = addon.emu.spreadsheet
      .getSheetByName('Pipeline')!
      .getRange(2, names.length)
      .getRichTextValue()!;
    expect(link.getText()).toBe('Debrief P-0001');
    expect(link.getLinkUrl()).toBe(`#gid=${sheet.getSheetId()}`);
    expect(cellOf(addon, 2, 'Stage')).toBe('Measurement');
    expect(cellOf(addon, 2, 'Debrief done')).toBe(false);
  });

  it('ROI against the Base scenario: payouts from the row, hidden costs and the multiple from Assumptions', () => {
    const addon = setUpAddon();
    measured(addon);
    writeResults(addon, UNDERPERFORMING);
    addon.gas.writeDebrief('P-0001', FORM);
    const values = debriefValues(addon);
    // 1,000 a month + 10% of 19,500 = 5,950 paid; 15% hidden costs.
    expect(rowWith(values, 'Cost (payouts and hidden costs)')?.[1]).toBeCloseTo(5950 * 1.15, 6);
    expect(rowWith(values, 'Actual ROI')?.[1]).toBeCloseTo((19500 - 5950 * 1.15) / (5950 * 1.15), 10);
    // Base: 4x with a 3-month ramp over the same 4 months at the average compensation.
    const monthly = 5950 / 4;
    const baseRevenue = monthly * 4 * (1 / 3 + 2 / 3 + 1 + 1);
    expect(rowWith(values, 'Base scenario revenue')?.[1]).toBeCloseTo(baseRevenue, 6);
    expect(rowWith(values, 'Base scenario ROI')?.[1]).toBeCloseTo(
      (baseRevenue - 5950 * 1.15) / (5950 * 1.15),
      10,
    );
  });

  it('suggests renewal when every measured target is met, and says which were not measured', () => {
    const addon = setUpAddon();
    measured(addon, 'Renewal', { 'Debrief done': true, 'End date': day('2026-11-30') });
    writeResults(addon, [
      { id: 'P-0001', month: '2026-08', source: 'Shopify', orders: 100, attributedSales: 9000 },
      { id: 'P-0001', month: '2026-09', source: 'Shopify', orders: 100, attributedSales: 9000 },
      { id: 'P-0001', month: '2026-10', source: 'Shopify', orders: 100, attributedSales: 9000 },
      { id: 'P-0001', month: '2026-10', source: 'TikTok', views: 80000, engagement: 6400 },
    ]);
    const result = plain(
      addon.gas.writeDebrief('P-0001', { ...FORM, numbers: { contentOutput: '', lifetimeValue: '' } }),
    );
    expect(result.suggestion).toBe('Renew or extend');
    expect(result.reasons).toEqual([
      'every measured target was met: reach, engagement rate (%), attributed sales',
      'not measured: content output (pieces), customer lifetime value',
    ]);
  });

  it('a person’s ticks suggest exit, with their reasons', () => {
    const addon = setUpAddon();
    measured(addon);
    writeResults(addon, [{ id: 'P-0001', month: '2026-10', source: 'Shopify', attributedSales: 30000 }]);
    const result = plain(
      addon.gas.writeDebrief('P-0001', {
        ...FORM,
        ticks: { audienceShifting: true, strainedRelationship: true },
      }),
    );
    expect(result.suggestion).toBe('Consider exit');
    expect(result.reasons).toEqual([
      'the audience is shifting away (ticked in the debrief)',
      'the relationship is strained (ticked in the debrief)',
    ]);
  });

  it('refuses before Measurement, bad numbers and a sheet of that name holding other text; writes nothing', () => {
    const addon = setUpAddon();
    measured(addon, 'Promotion');
    expect(plain(addon.gas.getDebriefContext('P-0001')).blocked).toBe(
      'P-0001 is at Promotion: a debrief is written from Measurement on, once there are results to compare.',
    );
    expect(() => addon.gas.writeDebrief('P-0001', FORM)).toThrow(/is at Promotion/);
    expect(addon.emu.spreadsheet.getSheetByName('Debrief P-0001')).toBeNull();

    addon.gas.onEdit(
      addon.emu.user.edit('Pipeline', `${letter(header(addon).indexOf('Stage') + 1)}2`, [['Measurement']]),
    );
    const bad = plain(
      addon.gas.writeDebrief('P-0001', { ...FORM, numbers: { contentOutput: 'many', lifetimeValue: '-5' } }),
    );
    expect(bad).toEqual({
      ok: false,
      errors: [
        { field: 'contentOutput', message: 'Pieces published must be a whole number of 0 or more' },
        { field: 'lifetimeValue', message: 'Customer lifetime value must be an amount of 0 or more' },
      ],
    });
    addon.emu.user.setValues('Debrief P-0001', 'A1', [['my own notes']]);
    expect(() => addon.gas.writeDebrief('P-0001', FORM)).toThrow(/does not hold this debrief/);
    expect(addon.emu.user.getValues('Debrief P-0001')).toEqual([['my own notes']]);
    expect(header(addon)).not.toContain('Debrief');
  });

  it('brings the row’s Status up to date: the "no debrief" warning goes once the debrief is written', () => {
    const addon = setUpAddon();
    measured(addon, 'Renewal', { 'Debrief done': true });
    const width = header(addon).length;
    addon.emu.user.setValues('Pipeline', `${letter(width + 1)}1`, [['Debrief']]);
    writeResults(addon, UNDERPERFORMING);
    addon.gas.validateAllRows();
    expect(cellOf(addon, 2, 'Status')).toContain('no debrief written (Write debrief) at Renewal');
    addon.gas.writeDebrief('P-0001', FORM);
    expect(cellOf(addon, 2, 'Debrief')).toBe('Debrief P-0001');
    expect(cellOf(addon, 2, 'Status')).not.toContain('no debrief');
    expect(cellOf(addon, 2, 'Status')).toContain('over-reliance'); // the only producer: the rest stands
  });

  it('keeps text someone put in the Debrief cell, and replaces the sheet in place when written again', () => {
    const addon = setUpAddon();
    measured(addon);
    const width = header(addon).length;
    addon.emu.user.setValues('Pipeline', `${letter(width + 1)}1:${letter(width + 1)}2`, [
      ['Debrief'],
      ['https://docs.example.com/our-debrief'],
    ]);
    writeResults(addon, UNDERPERFORMING);
    const first = plain(addon.gas.writeDebrief('P-0001', FORM));
    expect(first.message).toContain('Its Debrief cell already held other text, which was kept.');
    expect(cellOf(addon, 2, 'Debrief')).toBe('https://docs.example.com/our-debrief');
    const rows = debriefValues(addon).length;
    addon.gas.writeDebrief('P-0001', FORM);
    expect(debriefValues(addon).length).toBe(rows);
  });
});
