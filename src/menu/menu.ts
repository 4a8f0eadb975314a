/**
 * The add-on menu. Each item names a top-level function in src/entry.ts; the build fails if one
 * is missing, and an integration test checks every item resolves to a callable global.
 */
const MENU_ITEMS: ReadonlyArray<readonly [caption: string, functionName: string] | 'separator'> = [
  ['Set up workbook', 'setUpWorkbook'],
  ['Validate all rows', 'validateAllRows'],
  ['Assess program maturity', 'assessProgramMaturity'],
  'separator',
  ['Run monthly forecast', 'runMonthlyForecast'],
  ['Schedule monthly forecast', 'scheduleMonthlyForecast'],
  ['Stop monthly forecast', 'stopMonthlyForecast'],
  'separator',
  ['Prepare payouts…', 'preparePayouts'],
  ['Write statements for selected payouts', 'writeStatements'],
  'separator',
  ['Open brief builder', 'openBriefBuilder'],
  ['Open checklists', 'openChecklists'],
  ['Write debrief…', 'openDebrief'],
  'separator',
  ['Import results…', 'openImportResults'],
  'separator',
  ['Help', 'showHelp'],
];

export function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item[0], item[1]);
  }
  menu.addToUi();
}
