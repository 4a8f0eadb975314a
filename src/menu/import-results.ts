/** Menu: Import results… opens the import dialog (one self-contained page, parsed in the browser). */
import { IMPORT_PAGE } from 'sidebar-pages';

export function openImportResults(): void {
  const page = HtmlService.createHtmlOutput(IMPORT_PAGE).setWidth(760).setHeight(620);
  SpreadsheetApp.getUi().showModalDialog(page, 'Import results');
}
