import { STAGES } from '../core/lifecycle/pipeline';
import { TOAST_TITLE } from '../core/messages';

const HELP_TEXT = [
  'Set up workbook adds the Pipeline and Assumptions sheets (or repairs them without touching your data).',
  `Each Pipeline row is checked against its stage as you type: ${STAGES.join(' → ')}. The Status column shows OK or what is missing.`,
  'Select a Pipeline row, then Open brief builder to fill its brief (written to a sheet "Brief P-0001") or Open checklists to tick the guide\'s checklists, shared with everyone who edits the spreadsheet.',
  'Import results… reads a GA4, Shopify, YouTube, Instagram or TikTok export (or a table with Partnership ID or utm_campaign and Month) in the dialog, attributes its rows by campaign or discount code, and writes totals per partnership and month to the Results sheet.',
  'Formulas: PRODUCER_SCORE(relevance, resonance, reliability, [weights]), HYBRID_PAYOUT(base_fee, commission, attributed_sales, [bonus_threshold], [bonus_amount], [cap], [tier_mode]), ROI_FORECAST(partnerships, monthly_cost, return_multiple, months, [hidden_cost_rate], [ramp_months], [start_month]), UTM_LINK(url, source, medium, campaign, [content], [term]), DISCLOSURE_CHECK(caption, [brand]), PARTNER_CONCENTRATION(producers, sales).',
].join('\n\n');

export function showHelp(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(TOAST_TITLE, HELP_TEXT, ui.ButtonSet.OK);
}
