/**
 * The ONE list of what Apps Script must see as top-level functions. scripts/build.mjs turns each
 * export below into a top-level `function NAME(params)` stub in dist/Code.js, copying the JSDoc
 * block so Sheets shows autocomplete and help for the custom functions. Names must not end in `_`
 * (Apps Script treats those as private).
 */
// Each module is imported whole and called by its own names (`setup.setUpWorkbook()`), so an entry
// point reads as the module it delegates to and nothing is renamed on the way.
import * as disclosure from './functions/disclosure-check';
import * as payout from './functions/hybrid-payout';
import * as concentration from './functions/partner-concentration';
import * as score from './functions/producer-score';
import * as roi from './functions/roi-forecast';
import * as utm from './functions/utm-link';
import * as forecast from './menu/forecast';
import * as help from './menu/help';
import * as importMenu from './menu/import-results';
import * as maturity from './menu/maturity';
import * as menu from './menu/menu';
import * as payouts from './menu/payouts';
import * as schedule from './menu/schedule';
import * as setup from './menu/setup';
import * as statements from './menu/statements';
import * as validateAll from './menu/validate-all';
import * as debriefApi from './server/debrief-api';
import * as imports from './server/import-results';
import * as sidebars from './server/open-sidebar';
import * as sidebarApi from './server/sidebar-api';
import * as locale from './sheets/locale';
import * as timeZone from './sheets/time-zone';
import * as editTrigger from './triggers/on-edit';

// Every execution starts here: dates in messages read in the spreadsheet's time zone, and numbers
// typed as text in its locale.
timeZone.useSpreadsheetDates();
locale.useSpreadsheetLocale();

/**
 * Scores producers on the relevance / resonance / reliability rubric (each 0 to 5) as a number from 0 to 100.
 * Give three values or columns, or one range of three columns. Blank rows stay blank.
 *
 * @param {number|Array<Array<number>>} relevance Niche overlap with the brand, 0 to 5; or a range of three columns (relevance, resonance, reliability).
 * @param {number|Array<Array<number>>} resonance How deeply the audience engages, 0 to 5 (omit when the first range has three columns).
 * @param {number|Array<Array<number>>} reliability Professionalism and consistency, 0 to 5 (omit when the first range has three columns).
 * @param {Array<Array<number>>} weights Optional weights for relevance, resonance and reliability, e.g. {0.5,0.3,0.2}. Default: equal.
 * @return {number|Array<Array<number>>} Score from 0 to 100 per row.
 * @customfunction
 */
export function PRODUCER_SCORE(
  relevance: unknown,
  resonance?: unknown,
  reliability?: unknown,
  weights?: unknown,
) {
  return score.producerScore(relevance, resonance, reliability, weights);
}

/**
 * Payout for one period of a hybrid deal: base fee + commission on attributed sales (+ bonus), the variable part capped.
 *
 * @param {number|Array<Array<number>>} base_fee Fixed fee per period (0 or more); always paid.
 * @param {number|Array<Array<number>>} commission Rate from 0 to 100% (e.g. 10%), or a two-column tier table (sales_from, rate) starting at 0.
 * @param {number|Array<Array<number>>} attributed_sales Sales attributed to the producer in the period, net of refunds.
 * @param {number|Array<Array<number>>} bonus_threshold Optional: sales at or above this earn the bonus.
 * @param {number|Array<Array<number>>} bonus_amount Optional: bonus paid when sales reach the threshold.
 * @param {number|Array<Array<number>>} cap Optional: the most the variable part (commission + bonus) can be.
 * @param {string} tier_mode Optional: "marginal" (default) applies each tier's rate to the sales in its bracket; "whole" applies the highest tier reached to all sales.
 * @return {number|Array<Array<number>>} Payout per row.
 * @customfunction
 */
export function HYBRID_PAYOUT(
  base_fee: unknown,
  commission: unknown,
  attributed_sales: unknown,
  bonus_threshold?: unknown,
  bonus_amount?: unknown,
  cap?: unknown,
  tier_mode?: unknown,
) {
  return payout.hybridPayout(
    base_fee,
    commission,
    attributed_sales,
    bonus_threshold,
    bonus_amount,
    cap,
    tier_mode,
  );
}

/**
 * Monthly cost, revenue and ROI of a partnership program, with hidden costs and a ramp-up.
 * Returns a table: Month, Partnerships, Compensation, Hidden costs, Total cost, Revenue, Net, Cumulative net, Cumulative ROI.
 *
 * @param {number|Array<Array<number>>} partnerships Active partnerships: one number for every month, or a column with one count per month.
 * @param {number} monthly_cost Average compensation per partnership per month.
 * @param {number} return_multiple Attributed revenue divided by compensation at full speed (typically 3 to 5).
 * @param {number} months Months to forecast, 1 to 120.
 * @param {number} hidden_cost_rate Optional: legal, samples and team time as a fraction of compensation (e.g. 15%). Default 0.
 * @param {number} ramp_months Optional: months until the full return is reached. Default 1 (no ramp).
 * @param {Date} start_month Optional: first month; the Month column then shows dates instead of 1, 2, 3...
 * @return {Array<Array<number>>} One header row and one row per month.
 * @customfunction
 */
export function ROI_FORECAST(
  partnerships: unknown,
  monthly_cost: unknown,
  return_multiple: unknown,
  months: unknown,
  hidden_cost_rate?: unknown,
  ramp_months?: unknown,
  start_month?: unknown,
) {
  return roi.roiForecast(
    partnerships,
    monthly_cost,
    return_multiple,
    months,
    hidden_cost_rate,
    ramp_months,
    start_month,
  );
}

/**
 * The landing URL tagged with utm_source, utm_medium and utm_campaign (and utm_content, utm_term when given), each value URL-encoded.
 * Keeps the URL's other parameters and #fragment; replaces utm_* parameters already there.
 *
 * @param {string|Array<Array<string>>} url Landing page, http:// or https://.
 * @param {string|Array<Array<string>>} source Where the traffic comes from, e.g. instagram.
 * @param {string|Array<Array<string>>} medium The kind of traffic, e.g. influencer.
 * @param {string|Array<Array<string>>} campaign The campaign, e.g. spring-launch.
 * @param {string|Array<Array<string>>} content Optional: tells links of one campaign apart, e.g. the producer.
 * @param {string|Array<Array<string>>} term Optional: a keyword.
 * @return {string|Array<Array<string>>} The tagged link per row.
 * @customfunction
 */
export function UTM_LINK(
  url: unknown,
  source: unknown,
  medium: unknown,
  campaign: unknown,
  content?: unknown,
  term?: unknown,
) {
  return utm.utmLink(url, source, medium, campaign, content, term);
}

/**
 * Checks a sponsored caption against the FTC's Disclosures 101 for Social Media Influencers: OK, or what is missing, vague or buried.
 *
 * @param {string|Array<Array<string>>} caption The post's caption or description.
 * @param {string|Array<Array<string>>} brand Optional: the brand, so a tag like #AcmePartner or #AcmeAmbassador counts.
 * @return {string|Array<Array<string>>} "OK" or the problems found, per row.
 * @customfunction
 */
export function DISCLOSURE_CHECK(caption: unknown, brand?: unknown) {
  return disclosure.disclosureCheck(caption, brand);
}

/**
 * How much attributed sales depend on few producers: the top producer and their share, the Herfindahl-Hirschman index and a label.
 * Producers are grouped by name (case and surrounding spaces ignored); blank rows are skipped.
 *
 * @param {Array<Array<string>>} producers Producer names, one per row.
 * @param {Array<Array<number>>} sales Attributed sales, one per row (or, with sales_ids, one per Results row).
 * @param {Array<Array<string>>} sales_ids Optional: the partnership ID of each sales row (e.g. the Results sheet's Partnership ID); needs producer_ids.
 * @param {Array<Array<string>>} producer_ids Optional: the partnership ID of each producers row (e.g. the Pipeline's ID column).
 * @return {Array<Array<string|number>>} Top producer, Top share, HHI (0 to 10,000), Label (diversified below 1,500, moderate up to 2,500, concentrated above).
 * @customfunction
 */
export function PARTNER_CONCENTRATION(
  producers: unknown,
  sales: unknown,
  sales_ids?: unknown,
  producer_ids?: unknown,
) {
  return concentration.partnerConcentration(producers, sales, sales_ids, producer_ids);
}

// ---- Triggers --------------------------------------------------------------------------------

/**
 * Builds the add-on menu. In AuthMode.NONE (the add-on is installed but not yet used in this
 * document) it does nothing else, as Apps Script requires.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen) {
  void e;
  menu.buildMenu();
}

/**
 * Runs when the add-on is installed: the same menu, so it appears without a reload.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall) {
  void e;
  menu.buildMenu();
}

/**
 * Simple trigger: validates the Pipeline rows an edit touched.
 * @param {GoogleAppsScript.Events.SheetsOnEdit} e
 */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit) {
  editTrigger.handleEdit(e);
}

// ---- Menu items --------------------------------------------------------------------------------

/** Menu: creates or repairs the Pipeline and Assumptions sheets without touching data. */
export function setUpWorkbook() {
  setup.setUpWorkbook();
}

/** Menu: validates every Pipeline row and shows the totals. */
export function validateAllRows() {
  validateAll.validateAllRows();
}

/** Menu: writes the Maturity sheet (experimental, operational or strategic, from the workbook's evidence). */
export function assessProgramMaturity() {
  maturity.assessProgramMaturity();
}

/** Menu: writes the Forecast sheet (three scenarios, payback, chart, actuals) from Assumptions and the Pipeline. */
export function runMonthlyForecast() {
  forecast.runFromMenu();
}

/** Menu: installs one time-driven trigger that runs the forecast on the 1st of each month. */
export function scheduleMonthlyForecast() {
  schedule.scheduleMonthlyForecast();
}

/** Menu: removes the monthly forecast trigger. */
export function stopMonthlyForecast() {
  schedule.stopMonthlyForecast();
}

/**
 * Time-driven trigger target (installed by scheduleMonthlyForecast): the same run as the menu's.
 * @param {GoogleAppsScript.Events.TimeDriven} e
 */
export function runScheduledForecast(e?: GoogleAppsScript.Events.TimeDriven) {
  forecast.runScheduled(e?.triggerUid);
}

/** Menu: asks for a month and writes its rows on the Payouts sheet (paid rows are never recomputed). */
export function preparePayouts() {
  payouts.preparePayoutsFromMenu();
}

/** Menu: writes a statement sheet, "Statement P-0001 2026-11", for each selected Payouts row. */
export function writeStatements() {
  statements.writeStatementsFromMenu();
}

/** Menu: a short guide. */
export function showHelp() {
  help.showHelp();
}

/** Menu: opens the brief builder sidebar for the selected Pipeline row. */
export function openBriefBuilder() {
  sidebars.openBriefBuilder();
}

/** Menu: opens the checklists sidebar for the selected Pipeline row. */
export function openChecklists() {
  sidebars.openChecklists();
}

/** Menu: opens the Import results dialog (GA4, Shopify, platform insights or a generic table). */
export function openImportResults() {
  importMenu.openImportResults();
}

/** Menu: opens the debrief sidebar for the selected Pipeline row (Measurement or later). */
export function openDebrief() {
  sidebars.openDebrief();
}

// ---- Called by the sidebar pages through google.script.run (see src/core/sidebar-contract.ts) ----

/**
 * Sidebar: the brief of a partnership (by ID, or the selected row when null), its kept draft and the list to pick from.
 * @param {string|null} id
 */
export function getBriefContext(id: string | null) {
  return sidebarApi.getBriefContext(id);
}

/**
 * Sidebar: keeps the user's draft of a brief.
 * @param {string} id
 * @param {Object} draft
 */
export function saveBriefDraft(id: string, draft: unknown) {
  return sidebarApi.saveBriefDraft(id, draft);
}

/**
 * Sidebar: checks a brief and writes its sheet, "Brief P-0001".
 * @param {string} id
 * @param {Object} draft
 * @param {string|null=} timeZone the spreadsheet's, as getBriefContext gave it
 */
export function createBrief(id: string, draft: unknown, timeZone?: unknown) {
  return sidebarApi.createBrief(id, draft, timeZone);
}

/**
 * Sidebar: the checklists of a partnership (by ID, or the selected row when null).
 * @param {string|null} id
 */
export function getChecklists(id: string | null) {
  return sidebarApi.getChecklists(id);
}

/**
 * Sidebar: ticks or unticks one checklist item.
 * @param {string} id
 * @param {string} itemKey
 * @param {boolean} ticked
 */
export function setChecklistTick(id: string, itemKey: string, ticked: boolean) {
  return sidebarApi.setChecklistTick(id, itemKey, ticked);
}

/**
 * Sidebar: the debrief of a partnership (by ID, or the selected row when null): targets against actuals and the suggestion.
 * @param {string|null} id
 */
export function getDebriefContext(id: string | null) {
  return debriefApi.getDebriefContext(id);
}

/**
 * Sidebar: writes the debrief sheet, "Debrief P-0001", and links the row's Debrief cell.
 * @param {string} id
 * @param {Object} form
 */
export function writeDebrief(id: string, form: unknown) {
  return debriefApi.writeDebrief(id, form);
}

// ---- Called by the Import results dialog (see src/core/results/import-contract.ts) ----------------

/** Import dialog: the partnerships to attribute rows to (IDs, campaigns, discount codes) and the workbook's currency. */
export function getImportContext() {
  return imports.getImportContext();
}

/**
 * Import dialog: writes the attributed totals per partnership and month to the Results sheet.
 * @param {Object} payload
 */
export function importResults(payload: unknown) {
  return imports.importResults(payload);
}
