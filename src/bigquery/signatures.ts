/**
 * The BigQuery functions generated from the core: each one's SQL signature, and the module in this
 * folder whose `run` is its body. scripts/bigquery.mjs bundles each module with esbuild into the
 * JavaScript body of a `CREATE OR REPLACE FUNCTION` (dist/bigquery/producer_partnerships.sql), so
 * a rule changed in src/core changes the SQL at the next build. Adding a function is one entry here
 * and one module with a `run` whose parameters have the names listed.
 *
 * Types follow BigQuery's rules for JavaScript UDFs
 * (https://cloud.google.com/bigquery/docs/user-defined-functions#supported-javascript-udf-data-types):
 * INT64 is not allowed as an argument, so every number is FLOAT64 (BigQuery coerces INT64 and
 * NUMERIC arguments to FLOAT64); INT64 is allowed as a result and is returned as a Number.
 */
import { FORECAST_COLUMNS } from '../core/forecast/forecast';
import { fieldName } from './names';

export interface UdfSignature {
  /** SQL name, created in the dataset given to the generator. */
  readonly name: string;
  /** File in src/bigquery (without .ts) exporting `run`. */
  readonly module: string;
  /** Parameter names (as `run` names them) and SQL types, in call order. */
  readonly params: readonly (readonly [name: string, type: string])[];
  readonly returns: string;
  readonly description: string;
}

/** A number or NULL, and the `#ERROR: ...` text of the custom function where it shows one. */
export const CHECKED_NUMBER = 'STRUCT<value FLOAT64, error STRING>';
/** The same for a function whose cell shows text. */
export const CHECKED_TEXT = 'STRUCT<value STRING, error STRING>';

/** ROI_FORECAST's columns; Month is split in two since a SQL column has one type. */
export const FORECAST_ROW = `STRUCT<${[
  'month INT64',
  'month_start DATE',
  ...FORECAST_COLUMNS.slice(1).map((header) => `${fieldName(header)} FLOAT64`),
].join(', ')}>`;

export const UDF_SIGNATURES: readonly UdfSignature[] = [
  {
    name: 'producer_score',
    module: 'producer-score',
    params: [
      ['relevance', 'FLOAT64'],
      ['resonance', 'FLOAT64'],
      ['reliability', 'FLOAT64'],
      ['weights', 'ARRAY<FLOAT64>'],
    ],
    returns: CHECKED_NUMBER,
    description: 'PRODUCER_SCORE: rubric scores 0-5 as a score 0-100; weights NULL for equal.',
  },
  {
    name: 'hybrid_payout',
    module: 'hybrid-payout',
    params: [
      ['base_fee', 'FLOAT64'],
      ['commission', 'FLOAT64'],
      ['attributed_sales', 'FLOAT64'],
      ['bonus_threshold', 'FLOAT64'],
      ['bonus_amount', 'FLOAT64'],
      ['cap', 'FLOAT64'],
      ['tiers', 'ARRAY<STRUCT<sales_from FLOAT64, rate FLOAT64>>'],
      ['tier_mode', 'STRING'],
    ],
    returns: CHECKED_NUMBER,
    description:
      'HYBRID_PAYOUT: base fee + min(commission + bonus, cap); tiers NULL for a flat rate; tier_mode marginal (NULL) or whole.',
  },
  {
    name: 'roi_forecast',
    module: 'roi-forecast',
    params: [
      ['partnerships', 'ARRAY<FLOAT64>'],
      ['monthly_cost', 'FLOAT64'],
      ['return_multiple', 'FLOAT64'],
      ['months', 'FLOAT64'],
      ['hidden_cost_rate', 'FLOAT64'],
      ['ramp_months', 'FLOAT64'],
      ['start_month', 'DATE'],
    ],
    returns: `ARRAY<${FORECAST_ROW}>`,
    description: 'ROI_FORECAST: one row per month, to be used with UNNEST.',
  },
  {
    name: 'utm_link',
    module: 'utm-link',
    params: [
      ['url', 'STRING'],
      ['source', 'STRING'],
      ['medium', 'STRING'],
      ['campaign', 'STRING'],
      ['content', 'STRING'],
      ['term', 'STRING'],
    ],
    returns: CHECKED_TEXT,
    description:
      'UTM_LINK: the URL tagged with utm_source, utm_medium, utm_campaign (content, term NULL for none).',
  },
  {
    name: 'disclosure_check',
    module: 'disclosure-check',
    params: [
      ['caption', 'STRING'],
      ['brand', 'STRING'],
    ],
    returns: CHECKED_TEXT,
    description: "DISCLOSURE_CHECK: OK, or what the FTC's Disclosures 101 finds missing, vague or buried.",
  },
  {
    name: 'lifecycle_status',
    module: 'lifecycle-status',
    params: [
      ['row', 'JSON'],
      ['now', 'TIMESTAMP'],
      ['previous_stage', 'STRING'],
      ['over_reliance_share', 'FLOAT64'],
    ],
    returns: 'STRING',
    description: 'The Status text of a Pipeline row given as TO_JSON(row).',
  },
];
