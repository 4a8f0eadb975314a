// Cell widgets through the playground session, with the built add-on on the shipped example: what the
// page is sent for the Pipeline's dropdowns and checkboxes, and how an entry into a validated cell is
// kept, marked or refused as the cell's rule says ("Show a warning" / "Reject the input").
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SheetView } from '../../playground/protocol';
import { PlaygroundSession } from '../../playground/session';
import { STAGES } from '../../src/core/lifecycle/pipeline';
import { DIST } from '../integration/harness';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'partnerships.xlsx');

describe('cell widgets in the playground session', () => {
  let dir = '';
  let session: PlaygroundSession;

  const pipeline = (): SheetView => session.state().sheets.find((s) => s.name === 'Pipeline')!;
  const column = (view: SheetView, header: string) => view.cells[0].indexOf(header);
  const widgetAt = (view: SheetView, row: number, col: number) => {
    const index = view.widgetCells[`${row},${col}`];
    return index === undefined ? undefined : view.widgets[index];
  };
  const app = () => session.addon.emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = () => app().getActiveSpreadsheet().getSheetByName('Pipeline')!;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'widgets-'));
    copyFileSync(EXAMPLE, join(dir, 'book.xlsx'));
    session = await PlaygroundSession.open(DIST, join(dir, 'book.xlsx'), 'America/New_York');
    // The file keeps the dropdowns; Set up workbook adds the checkboxes again (Excel has none).
    expect(session.runMenuItem('setUpWorkbook').ok).toBe(true);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sends the Stage dropdown and the checkboxes that Set up wrote, each widget once', () => {
    const view = pipeline();
    const stage = column(view, 'Stage');
    expect(widgetAt(view, 1, stage)).toEqual({ kind: 'dropdown', options: [...STAGES], allowInvalid: true });
    expect(view.widgetCells[`5,${stage}`]).toBe(view.widgetCells[`1,${stage}`]);
    expect(widgetAt(view, 0, stage)).toBeUndefined(); // the header has no rule
    for (const header of ['Contract signed', 'Disclosure', 'Debrief done']) {
      expect(widgetAt(view, 1, column(view, header))).toEqual({
        kind: 'checkbox',
        checked: 'TRUE',
        unchecked: 'FALSE',
      });
    }
    expect(widgetAt(view, 1, column(view, 'Producer'))).toBeUndefined();
    // Stage, Platform, Exclusivity and the checkbox: four distinct widgets for the whole sheet.
    expect(view.widgets).toHaveLength(4);
  });

  it('writes a pick as the item itself and fires onEdit, which updates the Status', () => {
    const view = pipeline();
    const stage = column(view, 'Stage');
    const status = column(view, 'Status');
    expect(view.cells[7][1]).toBe('Gus Gardens');
    const result = session.edit('Pipeline', 8, stage + 1, [["'Promotion"]]);
    expect(result.ok).toBe(true);
    expect(
      session.addon.emu.user.cell(
        'Pipeline',
        sheet()
          .getRange(8, stage + 1)
          .getA1Notation(),
      ).value,
    ).toBe('Promotion');
    expect(pipeline().cells[7][status]).toMatch(/Contract not signed/);
  });

  it('keeps a tick as TRUE and an untick as FALSE (booleans, as Sheets stores them)', () => {
    const view = pipeline();
    const signed = column(view, 'Contract signed');
    const a1 = sheet()
      .getRange(8, signed + 1)
      .getA1Notation();
    expect(session.edit('Pipeline', 8, signed + 1, [['TRUE']]).ok).toBe(true);
    expect(session.addon.emu.user.cell('Pipeline', a1).value).toBe(true);
    expect(pipeline().cells[7][signed]).toBe('TRUE');
    expect(pipeline().cells[7][column(view, 'Status')]).not.toMatch(/Contract not signed/);
    expect(session.edit('Pipeline', 8, signed + 1, [['FALSE']]).ok).toBe(true);
    expect(session.addon.emu.user.cell('Pipeline', a1).value).toBe(false);
  });

  it('keeps an entry off the list under "Show a warning" and marks the cell, as Sheets does', () => {
    const view = pipeline();
    const stage = column(view, 'Stage');
    const result = session.edit('Pipeline', 10, stage + 1, [['Launch']]);
    expect(result.ok).toBe(true);
    const after = pipeline();
    expect(after.cells[9][stage]).toBe('Launch');
    expect(after.notes[`9,${stage}`]).toBe('Invalid: Input must be an item on the specified list.');
    expect(after.notes[`10,${stage}`]).toBeUndefined();
  });

  it('refuses an entry under "Reject the input": nothing written, no onEdit, a message', () => {
    const view = pipeline();
    const owner = column(view, 'Owner');
    const rule = app()
      .newDataValidation()
      .requireValueInList(['Ana', 'Ben'], true)
      .setAllowInvalid(false)
      .build();
    sheet()
      .getRange(2, owner + 1, 5, 1)
      .setDataValidation(rule);
    const before = pipeline().cells[2][owner];
    const onEdit = jest.spyOn(session.addon.gas, 'onEdit');
    const refused = session.edit('Pipeline', 3, owner + 1, [['Zed']]);
    expect(refused.ok).toBe(false);
    const a1 = sheet()
      .getRange(3, owner + 1)
      .getA1Notation();
    expect(refused.error).toBe(
      `There was a problem with ${a1}: Input must be an item on the specified list.`,
    );
    expect(pipeline().cells[2][owner]).toBe(before);
    expect(onEdit).not.toHaveBeenCalled();
    // A block pasted over a rejecting cell is refused whole.
    expect(session.edit('Pipeline', 2, owner + 1, [['Ana'], ['Zed']]).ok).toBe(false);
    expect(pipeline().cells[1][owner]).not.toBe('Ana');
    // Values on the list, a blank, and a pick go in.
    expect(session.edit('Pipeline', 3, owner + 1, [['Ben']]).ok).toBe(true);
    expect(session.edit('Pipeline', 4, owner + 1, [["'Ana"]]).ok).toBe(true);
    expect(session.edit('Pipeline', 3, owner + 1, [['']]).ok).toBe(true);
    expect(pipeline().cells[3][owner]).toBe('Ana');
    expect(onEdit).toHaveBeenCalledTimes(3);
    onEdit.mockRestore();
  });

  it('lists a range rule’s values, and sends hostile list text unchanged for the page to show as text', () => {
    const view = pipeline();
    const niche = column(view, 'Niche');
    const source = session.addon.emu.spreadsheet.insertSheet('Lists');
    source.getRange(1, 1, 3, 1).setValues([['<img src=x onerror="alert(1)">'], [''], ["'=1+1 as text"]]);
    const rule = app().newDataValidation().requireValueInRange(source.getRange('A1:A3'), true).build();
    sheet()
      .getRange(2, niche + 1)
      .setDataValidation(rule);
    expect(widgetAt(pipeline(), 1, niche)).toEqual({
      kind: 'dropdown',
      options: ['<img src=x onerror="alert(1)">', '=1+1 as text'],
      allowInvalid: true,
    });
    const hidden = app().newDataValidation().requireValueInList(['x'], false).build();
    sheet()
      .getRange(3, niche + 1)
      .setDataValidation(hidden);
    expect(widgetAt(pipeline(), 2, niche)).toBeUndefined(); // showDropdown false: a plain cell
  });
});
