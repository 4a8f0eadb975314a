/** The brief's vocabulary: field kinds, the option lists and the defaults its fields offer. */

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'date'
  | 'money'
  | 'percent'
  | 'count'
  | 'select'
  | 'check'
  | 'url';

export interface BriefField {
  readonly key: string;
  readonly label: string;
  readonly kind: FieldKind;
  readonly required?: boolean;
  readonly options?: readonly string[];
  readonly hint?: string;
  /** Value of a new draft when the Pipeline row has nothing for it. */
  readonly initial?: string;
}

/** A multi-choice group (value exchange): the draft holds the chosen options. */
export interface BriefChoice {
  readonly key: string;
  readonly label: string;
  readonly options: readonly string[];
}

export interface BriefSection {
  readonly key: string;
  readonly title: string;
  readonly hint?: string;
  readonly fields: readonly BriefField[];
  readonly choices?: readonly BriefChoice[];
  /** The section holds the deliverables table / the commission tier table. */
  readonly table?: 'deliverables' | 'tiers';
}

export const TERMS = ['Pilot (1–3 months)', 'Long-term (6–12 months)'] as const;
export const EXCLUSIVITY_OPTIONS = ['None', 'Direct competitors only', 'Full'] as const;
export const COMMISSION_KINDS = ['Flat rate', 'Tiers'] as const;
export const COPY_EDITING = ['Light (facts and claims only)', 'Heavy (rewrites copy)'] as const;
export const DISCLOSURE_WORDINGS = ['#ad', '#sponsored', 'Paid partnership with {brand}'] as const;
export const PRODUCER_BRINGS = ['Audience trust', 'Creative skill', 'Content production'] as const;
export const PRODUCER_EXPECTS = [
  'Compensation',
  'Product access',
  'Distribution',
  'Data',
  'Creative control',
] as const;
export const BRAND_OFFERS = ['Compensation', 'Product access', 'Distribution', 'Data'] as const;
export const BRAND_EXPECTS = PRODUCER_BRINGS;

/** Where the disclosure goes: the guide's rules (FTC, "Disclosures 101 for Social Media Influencers"). */
export const DISCLOSURE_PLACEMENT = [
  'At the start of the caption, before "more" (the first ~125 characters show)',
  'Never buried among hashtags or links at the end',
  'In video: said out loud and shown on screen',
] as const;

export const MAX_KEY_MESSAGES = 3;
export const DEFAULT_REVIEW_ROUNDS = 2;
export const UTM_MEDIUM = 'creator';
