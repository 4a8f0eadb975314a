/**
 * The lifecycle domain (src/core/lifecycle/) owns the Pipeline sheet and its rules: the columns and
 * stages (this file), the row rules of every stage, findings and the Status line, stage records kept
 * by ID, block validation shared by onEdit and Validate all, and the guide's checklists per stage.
 *
 * The Pipeline sheet's vocabulary: its columns (exact header text) and the lifecycle stages.
 * Columns are found by header, never by position, so people may reorder and insert their own.
 */
import { textKey } from '../values';

export const PIPELINE_SHEET = 'Pipeline';

/** Field key -> exact header text, in the order Set up workbook lays them out. */
export const PIPELINE_COLUMNS = {
  id: 'ID',
  producer: 'Producer',
  platform: 'Platform',
  niche: 'Niche',
  audienceSize: 'Audience size',
  relevance: 'Relevance',
  resonance: 'Resonance',
  reliability: 'Reliability',
  score: 'Score',
  stage: 'Stage',
  owner: 'Owner',
  startDate: 'Start date',
  endDate: 'End date',
  baseFee: 'Base fee',
  commission: 'Commission',
  attributedSales: 'Attributed sales',
  payout: 'Payout',
  contractSigned: 'Contract signed',
  brief: 'Brief',
  usageRights: 'Usage rights',
  exclusivity: 'Exclusivity',
  revisionRounds: 'Revision rounds',
  disclosure: 'Disclosure',
  utmLink: 'UTM link',
  lastCheckIn: 'Last check-in',
  debriefDone: 'Debrief done',
  status: 'Status',
} as const;

export type PipelineField = keyof typeof PIPELINE_COLUMNS;
export const PIPELINE_FIELDS = Object.keys(PIPELINE_COLUMNS) as PipelineField[];

/** Columns read when a sheet has them, but never added by Set up workbook nor required. */
export const OPTIONAL_COLUMNS = {
  /** The sponsored post's caption: checked for its disclosure from Promotion on. */
  caption: 'Caption',
  /** The brand, so that the caption check counts a tag like #AcmePartner as a disclosure. */
  brand: 'Brand',
  /** The producer's discount code(s), comma-separated: Import results attributes orders by it. */
  discountCode: 'Discount code',
  /** The debrief (a link to its sheet, written by Write debrief): warned about at Renewal and Exit. */
  debrief: 'Debrief',
} as const;

export type OptionalField = keyof typeof OPTIONAL_COLUMNS;
const OPTIONAL_FIELDS = Object.keys(OPTIONAL_COLUMNS) as OptionalField[];

/** Columns the rules read; Score and Payout are computed by formulas, Niche, Owner, Platform, Exclusivity are free. */
export const RULE_FIELDS: readonly PipelineField[] = [
  'producer',
  'stage',
  'audienceSize',
  'relevance',
  'resonance',
  'reliability',
  'startDate',
  'endDate',
  'baseFee',
  'commission',
  'attributedSales',
  'contractSigned',
  'brief',
  'usageRights',
  'revisionRounds',
  'disclosure',
  'utmLink',
  'lastCheckIn',
  'debriefDone',
];

export const CHECKBOX_FIELDS: readonly PipelineField[] = ['contractSigned', 'disclosure', 'debriefDone'];

export const STAGES = [
  'Discovery',
  'Negotiation',
  'Onboarding',
  'Co-creation',
  'Promotion',
  'Measurement',
  'Renewal',
  'Exit',
] as const;
export type Stage = (typeof STAGES)[number];

export const PLATFORMS = [
  'YouTube',
  'Instagram',
  'TikTok',
  'Twitch',
  'Podcast',
  'Blog',
  'Newsletter',
  'X',
  'LinkedIn',
  'Other',
];
export const EXCLUSIVITY = ['None', 'Category', 'Platform', 'Full'];

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** "co-creation ", "CO-CREATION" and "Co-creation" are the same stage. */
export function parseStage(value: unknown): Stage | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.trim().toLowerCase();
  return STAGES.find((stage) => stage.toLowerCase() === key);
}

export type ColumnMap = Partial<Record<PipelineField | OptionalField, number>>;

/** 0-based column index of each known header; the first occurrence wins when a header repeats. */
export function mapColumns(headerRow: readonly unknown[]): ColumnMap {
  const byKey = new Map<string, PipelineField | OptionalField>();
  for (const field of PIPELINE_FIELDS) byKey.set(textKey(PIPELINE_COLUMNS[field]), field);
  for (const field of OPTIONAL_FIELDS) byKey.set(textKey(OPTIONAL_COLUMNS[field]), field);
  const map: ColumnMap = {};
  headerRow.forEach((cell, index) => {
    const field = byKey.get(textKey(cell));
    if (field !== undefined && map[field] === undefined) map[field] = index;
  });
  return map;
}

export function missingColumns(map: ColumnMap, fields: readonly PipelineField[]): PipelineField[] {
  return fields.filter((field) => map[field] === undefined);
}

/** A row's cells keyed by field; a missing column reads as undefined. */
export type PipelineRow = Partial<Record<PipelineField | OptionalField, unknown>>;

export function readRow(cells: readonly unknown[], map: ColumnMap): PipelineRow {
  const row: PipelineRow = {};
  for (const field of PIPELINE_FIELDS) {
    const index = map[field];
    if (index !== undefined) row[field] = cells[index];
  }
  for (const field of OPTIONAL_FIELDS) {
    const index = map[field];
    if (index !== undefined) row[field] = cells[index];
  }
  return row;
}

/** Partnership IDs: P-0001, P-0002, ... (more digits once past 9999). */
const ID_PATTERN = /^P-(\d+)$/;

export function formatId(n: number): string {
  return `P-${String(n).padStart(4, '0')}`;
}

/**
 * The largest ID number the counter follows. An ID typed or pasted with a larger number
 * (P-99999999999999999999, or 400 nines, which reads as Infinity) is kept as it is but does not move
 * the counter, which would otherwise run astray or wrap round and hand out P-0001 a second time.
 */
export const MAX_ID_NUMBER = 999_999_999;

export function idNumber(value: unknown): number | undefined {
  const match = typeof value === 'string' ? ID_PATTERN.exec(value.trim()) : null;
  if (!match || match[1].length > String(MAX_ID_NUMBER).length) return undefined;
  const n = Number(match[1]);
  return n <= MAX_ID_NUMBER ? n : undefined;
}
