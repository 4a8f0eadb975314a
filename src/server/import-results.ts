/**
 * The import dialog's two server calls. getImportContext: the partnerships rows are attributed to
 * (IDs, the campaigns of their UTM links, their discount codes) and the workbook's currency, in one
 * call when the dialog opens. importResults: the totals the dialog computed, checked again and
 * written to the Results sheet under the document lock in one batched write.
 */
import { ASSUMPTIONS_SHEET, assumptionsCurrency } from '../core/forecast/assumptions';
import { BUSY_TOAST } from '../core/messages';
import type {
  ImportApi,
  ImportContext,
  ImportOutcome,
  PartnershipTags,
} from '../core/results/import-contract';
import { parseImportPayload } from '../core/results/import-payload';
import { importMessage, planResultsWrite, resultsCurrency } from '../core/results/results-write';
import { utmCampaignOf } from '../core/tracking/utm';
import { withDocumentLock } from '../sheets/lock';
import { readResultsValues, writeResults } from '../sheets/results-sheet';
import { resultsChanged } from '../sheets/results-summary';
import { spreadsheetTimeZone } from '../sheets/time-zone';
import { readPipeline } from './partnerships';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const cellText = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());

function partnershipTags(ss: Spreadsheet): { tags: PartnershipTags[]; hasCodeColumn: boolean } {
  const { map, rows } = readPipeline(ss);
  const tags: PartnershipTags[] = [];
  for (const row of rows) {
    const id = cellText(row[map.id!]);
    if (id === '') continue;
    const link = map.utmLink === undefined ? '' : cellText(row[map.utmLink]);
    const campaign = link === '' ? null : utmCampaignOf(link);
    const codes =
      map.discountCode === undefined
        ? []
        : cellText(row[map.discountCode])
            .split(',')
            .map((c) => c.trim())
            .filter((c) => c !== '');
    tags.push({
      id,
      producer: map.producer === undefined ? '' : cellText(row[map.producer]),
      campaigns: campaign === null ? [] : [campaign],
      codes,
    });
  }
  return { tags, hasCodeColumn: map.discountCode !== undefined };
}

/** The workbook's currency: Assumptions' Currency, else the one the Results sheet already holds. */
function workbookCurrency(ss: Spreadsheet, results: readonly (readonly unknown[])[]) {
  const sheet = ss.getSheetByName(ASSUMPTIONS_SHEET);
  const fromAssumptions = sheet ? assumptionsCurrency(sheet.getRange('A:B').getValues()) : null;
  if (fromAssumptions !== null) return { currency: fromAssumptions, from: 'Assumptions' as const };
  const fromResults = resultsCurrency(results);
  return fromResults === ''
    ? { currency: null, from: null }
    : { currency: fromResults, from: 'Results' as const };
}

export function getImportContext(): ImportContext {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { tags, hasCodeColumn } = partnershipTags(ss);
  const { values } = readResultsValues(ss, spreadsheetTimeZone);
  const { currency, from } = workbookCurrency(ss, values);
  return { partnerships: tags, currency, currencyFrom: from, hasCodeColumn };
}

export function importResults(input: unknown): ImportOutcome {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const outcome = withDocumentLock(() => {
    const known = new Set(partnershipTags(ss).tags.map((t) => t.id));
    const payload = parseImportPayload(input, known);
    const { sheet, values } = readResultsValues(ss, spreadsheetTimeZone);
    const { currency, from } = workbookCurrency(ss, values);
    const hasMoney = payload.totals.some(
      (t) => t.metrics.attributedSales !== null || t.metrics.refunds !== null,
    );
    if (hasMoney && payload.currency !== '' && currency !== null && payload.currency !== currency) {
      throw new Error(
        `The file's amounts are in ${payload.currency}, the workbook's in ${currency} (${from === 'Assumptions' ? "Assumptions' Currency" : 'the Results sheet'}): nothing was imported. Convert the file, or change the Currency, rather than add up two currencies.`,
      );
    }
    const written = hasMoney ? payload.currency || currency || '' : payload.currency;
    const plan = planResultsWrite(values, payload, written, new Date());
    writeResults(ss, sheet, plan);
    // Edits keep a summary of each partnership's latest month: drop it, so the next one sees these.
    if (plan.added > 0 || plan.replaced.length > 0) resultsChanged();
    return {
      message: importMessage(plan, payload),
      added: plan.added,
      replaced: plan.replaced.length,
      unchanged: plan.unchanged,
      replacedRows: plan.replaced,
    };
  });
  if (!outcome.ran) throw new Error(BUSY_TOAST);
  return outcome.value;
}

// Checked when compiling: these functions are exactly what the import dialog calls.
const contract: ImportApi = { getImportContext, importResults };
void contract;
