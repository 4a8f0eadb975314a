// The sidebars' server side through the built bundle: the menu items that open them, the pages
// they serve, and every function the pages call, as google.script.run would call them.
import { transportCopy } from '../../bridge/transport-copy';
import { newDraft } from '../../src/core/brief/draft';
import { SIDEBAR_API_NAMES } from '../../src/core/sidebar-contract';
import { completeDraft } from './brief-helpers';
import { type Addon, freshAddon, plain } from './harness';
import { cellOf, header, letter, NOW, promotionRow, rowValues, typeCell, typeRows } from './pipeline-helpers';

const TZ = 'America/New_York';
/** Midnight in New York, as a date cell in a New York spreadsheet holds it. */
const nyDay = (iso: string) => new Date(`${iso}T00:00:00-05:00`);

let addon: Addon;

function setUp(): Addon {
  const a = freshAddon({ timeZone: TZ });
  a.emu.setNow(NOW);
  a.gas.setUpWorkbook();
  typeRows(a, 2, [
    promotionRow('Ana Lopez', {
      Stage: 'Onboarding',
      Niche: 'Baking',
      'Start date': nyDay('2026-12-01'),
      'End date': nyDay('2027-02-28'),
      Commission: 0.07,
      Exclusivity: 'Category',
      'Revision rounds': 2,
      Brief: '',
    }),
    promotionRow('Ben Okafor', { Stage: 'Negotiation' }),
    promotionRow('Cleo Park', { Stage: 'Discovery' }),
  ]);
  return a;
}

/** Calls a server function as the sidebar does: arguments and result copied, no Date allowed. */
function run(name: string, ...args: unknown[]) {
  // biome-ignore lint/suspicious/noExplicitAny: results are checked by value
  return transportCopy(addon.gas[name](...args.map((a) => transportCopy(a)))) as any;
}

beforeEach(() => {
  addon = setUp();
});

describe('opening the sidebars', () => {
  it('serves each page as one self-contained HTML string, titled, with nothing from the network', () => {
    addon.gas.openBriefBuilder();
    addon.gas.openChecklists();
    const [brief, checklists] = addon.emu.ui.sidebars;
    expect(brief.title).toBe('Brief builder');
    expect(checklists.title).toBe('Checklists');
    for (const { html } of [brief, checklists]) {
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|<\?/i);
      expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
      expect(html.match(/<\/script>/g)).toHaveLength(1);
    }
  });

  it('exposes every function the pages call as a top-level function', () => {
    for (const name of SIDEBAR_API_NAMES) expect(typeof addon.gas[name]).toBe('function');
  });
});

describe('brief builder', () => {
  it('lists partnerships to pick from when no Pipeline row is selected', () => {
    addon.emu.user.select('Assumptions', 'A1');
    const context = run('getBriefContext', null);
    expect(context.partnership).toBeNull();
    expect(context.partnerships.map((p: { id: string }) => p.id)).toEqual(['P-0001', 'P-0002', 'P-0003']);
  });

  it('opens for the selected row and pre-fills what the row knows', () => {
    addon.emu.user.select('Pipeline', 'C2');
    const context = run('getBriefContext', null);
    expect(context.partnership).toEqual({ id: 'P-0001', producer: 'Ana Lopez', stage: 'Onboarding' });
    expect(context.draftSavedAt).toBeNull();
    const v = context.draft.values;
    expect([v.producer, v.platform, v.niche, v.baseFee, v.commissionRate]).toEqual([
      'Ana Lopez',
      'YouTube',
      'Baking',
      '1000',
      '7',
    ]);
    expect([v.startDate, v.endDate, v.usageRights, v.exclusivity, v.reviewRounds]).toEqual([
      '2026-12-01',
      '2027-02-28',
      'Organic + 30 days paid',
      'Direct competitors only',
      '2',
    ]);
  });

  it('finds the partnership by ID after the rows were sorted', () => {
    addon.emu.user.sortRows('Pipeline', 2, header(addon).indexOf('Producer') + 1, false);
    expect(run('getBriefContext', 'P-0001').partnership.producer).toBe('Ana Lopez');
  });

  it('writes a readable brief sheet and names it in the row Brief cell, changing nothing else', () => {
    const before = plain(addon.emu.user.snapshot('Pipeline'));
    const draft = completeDraft(run('getBriefContext', 'P-0001').draft);
    const result = run('createBrief', 'P-0001', draft);
    expect(result).toEqual({
      ok: true,
      sheetName: 'Brief P-0001',
      message: 'Brief written to sheet "Brief P-0001". Its Brief cell links to the sheet.',
    });
    expect(cellOf(addon, 2, 'Brief')).toBe('Brief P-0001');
    // The name, linked to the sheet (rich text, never a formula).
    const link = addon.emu.spreadsheet
      .getSheetByName('Pipeline')!
      .getRange(2, header(addon).indexOf('Brief') + 1)
      .getRichTextValue()!;
    expect(link.getLinkUrl()).toBe(
      `#gid=${addon.emu.spreadsheet.getSheetByName('Brief P-0001')!.getSheetId()}`,
    );
    const after = plain(addon.emu.user.snapshot('Pipeline'));
    const briefColumn = header(addon).indexOf('Brief');
    after[1][briefColumn] = before[1][briefColumn];
    expect(after).toEqual(before);

    const sheet = addon.emu.user.getValues('Brief P-0001');
    const find = (label: string) => sheet.findIndex((row) => row[0] === label) + 1;
    expect(sheet[0][0]).toBe('Brief P-0001: Ana Lopez × Acme');
    const kickoff = addon.emu.user.cell('Brief P-0001', `B${find('Kickoff call')}`);
    expect(plain(kickoff.value)).toBe(`DATE:${nyDay('2026-12-01').toISOString()}`);
    expect(kickoff.numberFormat).toBe('yyyy-mm-dd');
    const fee = addon.emu.user.cell('Brief P-0001', `B${find('Base fee')}`);
    expect([fee.value, fee.numberFormat]).toEqual([1000, '$#,##0.00']);
    const rate = addon.emu.user.cell('Brief P-0001', `B${find('Commission rate (%)')}`);
    expect([rate.value, rate.numberFormat]).toEqual([0.07, '0.0%']);
    // base 1000 + 7% of 25,000
    expect(addon.emu.user.cell('Brief P-0001', `B${find('Payout at expected sales')}`).value).toBe(2750);
    expect(sheet[find('UTM link') - 1][1]).toBe(
      'https://shop.example.com/proofing?utm_source=YouTube&utm_medium=creator&utm_campaign=P-0001&utm_content=Ana%20Lopez',
    );
    expect(sheet[find('Wording') - 1][1]).toBe('Paid partnership with Acme');
    const deliverablesHeader = sheet.findIndex((row) => row[0] === 'Item' && row[5] === 'Go-live date');
    expect(sheet[deliverablesHeader + 1].slice(0, 4)).toEqual(['Launch video', 'YouTube', '8–10 min', 1]);
    expect(addon.emu.user.cell('Brief P-0001', `A${find('Deliverables')}`).fontWeight).toBe('bold');
  });

  it('updates the same sheet in place when the brief is created again', () => {
    const draft = completeDraft(
      newDraft({
        producer: 'Ana Lopez',
        platform: 'YouTube',
        usageRights: 'Organic',
        exclusivity: 'None',
        baseFee: '500',
      }),
    );
    expect(run('createBrief', 'P-0001', draft).ok).toBe(true);
    const sheets = addon.emu.spreadsheet.getSheets().length;
    run('createBrief', 'P-0001', { ...draft, values: { ...draft.values, goal: 'Second goal' } });
    expect(addon.emu.spreadsheet.getSheets().length).toBe(sheets);
    const text = addon.emu.user.getValues('Brief P-0001').flat();
    expect(text).toContain('Second goal');
    expect(text).not.toContain('Grow trial sign-ups among home bakers');
  });

  it('takes back the time zone the context brought, and asks Sheets only without one that looks right', () => {
    const context = run('getBriefContext', 'P-0001');
    expect(context.timeZone).toBe(TZ);
    const draft = completeDraft(context.draft);
    const zoneCalls = () => addon.emu.calls.byMethod()['Spreadsheet.getSpreadsheetTimeZone'] ?? 0;
    addon.emu.calls.reset();
    expect(run('createBrief', 'P-0001', draft, context.timeZone).ok).toBe(true);
    expect(zoneCalls()).toBe(0);
    const find = (label: string) =>
      addon.emu.user.getValues('Brief P-0001').findIndex((row) => row[0] === label) + 1;
    const kickoff = () => plain(addon.emu.user.cell('Brief P-0001', `B${find('Kickoff call')}`).value);
    expect(kickoff()).toBe(`DATE:${nyDay('2026-12-01').toISOString()}`);
    for (const odd of ['=IMPORTXML("http://x","//a")', '../../etc/passwd', 'america', 42, 'A/'.repeat(40)]) {
      addon.emu.calls.reset();
      expect(run('createBrief', 'P-0001', draft, odd).ok).toBe(true);
      expect(zoneCalls()).toBe(1);
      expect(kickoff()).toBe(`DATE:${nyDay('2026-12-01').toISOString()}`);
    }
    // A kept draft needs no zone to open, so the context brings none and createBrief asks.
    run('saveBriefDraft', 'P-0001', draft);
    addon.emu.calls.reset();
    const reopened = run('getBriefContext', 'P-0001');
    expect([reopened.timeZone, zoneCalls()]).toEqual([null, 0]);
    run('createBrief', 'P-0001', draft, reopened.timeZone);
    expect(zoneCalls()).toBe(1);
  });

  it('inserts a new brief sheet without looking it up first; one the Brief cell names is looked up', () => {
    const draft = completeDraft(run('getBriefContext', 'P-0001').draft);
    const lookups = () => addon.emu.calls.byMethod()['Spreadsheet.getSheetByName'] ?? 0;
    const inserts = () => addon.emu.calls.byMethod()['Spreadsheet.insertSheet'] ?? 0;
    addon.emu.calls.reset();
    run('createBrief', 'P-0001', draft);
    // The Pipeline's lookup only; the Brief cell was blank, so the sheet was inserted at once.
    expect([lookups(), inserts()]).toEqual([1, 1]);
    addon.emu.calls.reset();
    run('createBrief', 'P-0001', draft);
    expect([lookups(), inserts()]).toEqual([2, 0]);
    // The sheet exists though the cell names something else: the refused insert, then the lookup.
    typeCell(addon, 2, 'Brief', 'see the shared drive');
    addon.emu.calls.reset();
    const again = run('createBrief', 'P-0001', { ...draft, values: { ...draft.values, goal: 'Third goal' } });
    expect(again.message).toBe(
      'Brief written to sheet "Brief P-0001". Its Brief cell already held other text, which was kept.',
    );
    expect([lookups(), inserts()]).toEqual([2, 1]);
    expect(addon.emu.user.getValues('Brief P-0001').flat()).toContain('Third goal');
    expect(addon.emu.spreadsheet.getSheets().filter((s) => s.getName().startsWith('Brief'))).toHaveLength(1);
  });

  it("never clears a user's own sheet that has the brief's name; an empty one is used", () => {
    const own = addon.emu.spreadsheet.insertSheet('Brief P-0001');
    own.getRange('A1:B2').setValues([
      ['My notes on Ana', 42],
      ['call back', 'Friday'],
    ]);
    const draft = completeDraft(run('getBriefContext', 'P-0001').draft);
    expect(() => run('createBrief', 'P-0001', draft)).toThrow(
      'A sheet named "Brief P-0001" already exists and does not hold this brief (its cell A1 does not start with "Brief P-0001:"). Nothing was written: rename that sheet, then create the brief again.',
    );
    expect(addon.emu.user.getValues('Brief P-0001')).toEqual([
      ['My notes on Ana', 42],
      ['call back', 'Friday'],
    ]);
    expect(cellOf(addon, 2, 'Brief')).toBe('');
    own.clear();
    expect(run('createBrief', 'P-0001', draft).ok).toBe(true);
    expect(addon.emu.user.getValues('Brief P-0001')[0][0]).toBe('Brief P-0001: Ana Lopez × Acme');
  });

  it('writes user text as text: nothing becomes a formula', () => {
    const draft = completeDraft(run('getBriefContext', 'P-0001').draft, {
      producer: '=HYPERLINK("http://x","y")',
      message1: '+33 cups a day',
      message2: '@handle says hi',
      message3: '-minus sign',
      dos: '2024',
    });
    expect(run('createBrief', 'P-0001', draft).ok).toBe(true);
    const cells = addon.emu.user.snapshot('Brief P-0001').flat();
    expect(cells.filter((c) => c.formula !== '')).toEqual([]);
    const values = cells.map((c) => c.value);
    for (const text of ['+33 cups a day', '@handle says hi', '-minus sign', '2024'])
      expect(values).toContain(text);
    expect(values).toContain('Brief P-0001: =HYPERLINK("http://x","y") × Acme');
  });

  it('refuses an incomplete brief with errors by field and writes nothing', () => {
    const draft = newDraft({ producer: 'Ana Lopez' });
    const result = run('createBrief', 'P-0001', {
      ...draft,
      values: { ...draft.values, reviewRounds: '4', baseFee: 'lots' },
    });
    expect(result.ok).toBe(false);
    const fields = result.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['brand', 'goal', 'deliverables', 'extraRoundsConfirmed', 'baseFee']),
    );
    expect(addon.emu.spreadsheet.getSheetByName('Brief P-0001')).toBeNull();
    expect(cellOf(addon, 2, 'Brief')).toBe('');
  });

  it("keeps a Brief cell that already holds someone's text", () => {
    addon.emu.user.setValues('Pipeline', `${letter(header(addon).indexOf('Brief') + 1)}3`, [
      ['See the shared doc'],
    ]);
    const result = run('createBrief', 'P-0002', completeDraft(run('getBriefContext', 'P-0002').draft));
    expect(result.message).toContain('already held other text, which was kept');
    expect(cellOf(addon, 3, 'Brief')).toBe('See the shared doc');
  });

  it('says so when the row was deleted, the Pipeline is missing, or the lock is busy', () => {
    const draft = completeDraft(run('getBriefContext', 'P-0002').draft);
    addon.emu.lock.heldElsewhere = true;
    expect(() => run('createBrief', 'P-0002', draft)).toThrow(
      'Another run is busy with this spreadsheet: try again in a moment.',
    );
    addon.emu.lock.heldElsewhere = false;
    addon.emu.user.deleteRows('Pipeline', 3, 1);
    expect(() => run('createBrief', 'P-0002', draft)).toThrow(
      'Partnership P-0002 is not in the Pipeline any more (deleted, or its ID changed). Pick another one.',
    );
    expect(addon.emu.spreadsheet.getSheetByName('Brief P-0002')).toBeNull();
    addon.emu.spreadsheet.deleteSheet(addon.emu.spreadsheet.getSheetByName('Pipeline')!);
    expect(() => run('getBriefContext', null)).toThrow(
      'There is no Pipeline sheet: run Set up workbook first.',
    );
  });

  it('keeps drafts per user and partnership, long ones too', () => {
    const long = completeDraft(newDraft(), {
      goal: 'é'.repeat(2000),
      dos: 'x'.repeat(2000),
      donts: 'y'.repeat(2000),
    });
    const { savedAt } = run('saveBriefDraft', 'P-0001', long);
    expect(savedAt).toBe(NOW.toISOString());
    const mine = run('getBriefContext', 'P-0001');
    expect(mine.draftSavedAt).toBe(savedAt);
    expect(mine.draft).toEqual(plain(long));
    addon.emu.setUser('colleague@example.com');
    const theirs = run('getBriefContext', 'P-0001');
    expect(theirs.draftSavedAt).toBeNull();
    expect(theirs.draft.values.goal).toBe('');
    addon.emu.setUser('user@example.com');
    run('saveBriefDraft', 'P-0001', newDraft({ goal: 'short again' }));
    expect(run('getBriefContext', 'P-0001').draft.values.goal).toBe('short again');
    expect(run('getBriefContext', 'P-0002').draftSavedAt).toBeNull();
  });

  it('ignores keys outside the schema in a draft sent by a page', () => {
    const hostile = JSON.parse(
      '{"values": {"goal": "ok", "__proto__": {"x": 1}, "constructor": "c"}, "choices": {"producerExpects": ["Data", "<b>"]}, "deliverables": "no"}',
    );
    run('saveBriefDraft', 'P-0001', hostile);
    const { draft } = run('getBriefContext', 'P-0001');
    expect(draft.values.goal).toBe('ok');
    expect(Object.keys(draft.values)).not.toContain('constructor');
    expect(draft.choices.producerExpects).toEqual(['Data']);
    expect(draft.deliverables).toEqual([]);
  });
});

describe('checklists', () => {
  it('ticks are kept by ID with their time, survive sorting, and show as done/total', () => {
    run('setChecklistTick', 'P-0002', 'negotiation.usage', true);
    const result = run('setChecklistTick', 'P-0002', 'decision.objective', true);
    const negotiation = result.lists.find((l: { key: string }) => l.key === 'negotiation');
    expect(negotiation.progress).toBe('1/6');
    expect(negotiation.items.find((i: { key: string }) => i.key === 'negotiation.usage').tickedAt).toBe(
      NOW.toISOString(),
    );

    addon.emu.user.sortRows('Pipeline', 2, header(addon).indexOf('Producer') + 1, false);
    addon.emu.user.select('Pipeline', 'B3'); // Ben Okafor's row after sorting
    const view = run('getChecklists', null);
    expect(view.partnership.id).toBe('P-0002');
    expect(
      view.lists.filter((l: { current: boolean }) => l.current).map((l: { key: string }) => l.key),
    ).toEqual(['negotiation']);
    expect(view.lists.map((l: { progress: string }) => l.progress)).toEqual([
      '1/6',
      '0/3',
      '1/6',
      '0/5',
      '0/3',
      '0/4',
      '0/4',
      '0/3',
    ]);
    expect(run('getChecklists', 'P-0001').lists[2].progress).toBe('0/6');

    run('setChecklistTick', 'P-0002', 'negotiation.usage', false);
    expect(run('getChecklists', 'P-0002').lists[2].progress).toBe('0/6');
    expect(addon.emu.spreadsheet.getSheetByName('Checklist ticks')!.isSheetHidden()).toBe(true);
  });

  it('refuses unknown items, deleted partnerships and a busy lock with readable messages', () => {
    expect(() => run('setChecklistTick', 'P-0001', 'constructor', true)).toThrow(
      'That checklist item does not exist.',
    );
    addon.emu.lock.heldElsewhere = true;
    expect(() => run('setChecklistTick', 'P-0001', 'decision.objective', true)).toThrow(/busy/);
    addon.emu.lock.heldElsewhere = false;
    addon.emu.user.deleteRows('Pipeline', 2, 1);
    expect(() => run('setChecklistTick', 'P-0001', 'decision.objective', true)).toThrow(
      /not in the Pipeline any more/,
    );
  });

  it('one tick, with the Status brought up to date, costs the same few service calls with 10 or 10,000 partnerships', () => {
    const costs: Record<string, number>[] = [];
    for (const count of [10, 10000]) {
      const a = freshAddon({ timeZone: TZ });
      a.emu.setNow(NOW);
      a.gas.setUpWorkbook();
      const ids = Array.from({ length: count }, (_, i) => `P-${String(i + 1).padStart(5, '0')}`);
      const names = header(a);
      a.emu.user.setValues(
        'Pipeline',
        'A2',
        ids.map((id, i) => rowValues(names, { ...promotionRow(`Producer ${i}`), ID: id })),
      );
      a.gas.setChecklistTick(ids[0], 'decision.objective', true); // creates the ticks sheet
      a.emu.user.setValues(
        'Checklist ticks',
        'A3',
        ids.slice(1).map((id) => [id]),
      );
      a.emu.calls.reset();
      a.gas.setChecklistTick(ids[count - 1], 'onboarding.kickoff', true);
      costs.push({ roundTrips: a.emu.calls.roundTrips(), ...a.emu.calls.byMethod() });
      expect(a.emu.user.getValues('Checklist ticks', `A${count + 1}`)[0][0]).toBe(ids[count - 1]);
      expect(cellOf(a, count + 1, 'Status')).toContain('Onboarding checklist 1/5');
    }
    expect(costs[0]).toEqual(costs[1]);
    // The tick: Pipeline header and ID-to-Stage columns, ticks header, IDs, the row, one write;
    // then the row's validation as onEdit does it, reading that one row of ticks.
    expect(costs[1].roundTrips).toBeLessThanOrEqual(20);
  });

  it("warn in the Pipeline's Status, once checklists are kept, for each passed stage less than half done", () => {
    const status = (row: number) => String(cellOf(addon, row, 'Status'));
    // No checklist kept yet: nobody is warned about lists they do not use.
    addon.gas.validateAllRows();
    expect(status(2)).not.toContain('checklist');

    run('setChecklistTick', 'P-0001', 'discovery.redFlags', true); // Ana, at Onboarding
    expect(status(2)).toContain('Discovery checklist 1/3; Negotiation checklist 0/6');
    expect(status(3)).not.toContain('checklist'); // not re-checked until edited or validated
    addon.gas.validateAllRows();
    expect(status(3)).toContain('Discovery checklist 0/3'); // Ben, at Negotiation
    expect(status(4)).not.toContain('checklist'); // Cleo, at Discovery: nothing passed yet

    for (const item of ['discovery.rubric', 'negotiation.usage', 'negotiation.scope', 'negotiation.morals']) {
      run('setChecklistTick', 'P-0001', item, true);
    }
    expect(status(2)).not.toContain('checklist');

    // Sorting moves rows, not ticks: an edit of Ben's row (now elsewhere) still finds his by ID.
    addon.emu.user.sortRows('Pipeline', 2, header(addon).indexOf('Producer') + 1, false);
    const benRow = [2, 3, 4].find((r) => cellOf(addon, r, 'Producer') === 'Ben Okafor')!;
    typeCell(addon, benRow, 'Stage', 'Onboarding');
    expect(status(benRow)).toContain('Discovery checklist 0/3; Negotiation checklist 0/6');
  });
});
