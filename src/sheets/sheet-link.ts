/**
 * A cell that names a sheet of this spreadsheet and links to it (`#gid=…`), as the Pipeline's Brief
 * and Debrief cells do: rich text, not a HYPERLINK formula, so nothing is parsed in any locale and
 * the cell's value stays the sheet's name. The link also tells a reader which sheet it is without
 * asking for every sheet's name.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function sheetLink(name: string, sheet: Sheet): GoogleAppsScript.Spreadsheet.RichTextValue {
  return SpreadsheetApp.newRichTextValue().setText(name).setLinkUrl(`#gid=${sheet.getSheetId()}`).build();
}

/** The sheet ID a cell links to, when its link is one of those (a link elsewhere is not). */
export function linkedSheetId(value: GoogleAppsScript.Spreadsheet.RichTextValue | null): number | undefined {
  const match = /^#gid=(\d{1,12})$/.exec(value?.getLinkUrl() ?? '');
  return match ? Number(match[1]) : undefined;
}
