/**
 * The brief domain (src/core/brief/) owns the partnership brief: its vocabulary (fields.ts), its
 * schema (this file), drafts read from untrusted JSON, the checks the sidebar and the server share,
 * the pre-fill from a Pipeline row, the value exchange and the brief as a readable document.
 *
 * The brief's schema: its sections and fields, which the sidebar renders its form from, the server
 * checks drafts against and the brief sheet is laid out from.
 */

import { PLATFORMS } from '../lifecycle/pipeline';
import {
  BRAND_EXPECTS,
  BRAND_OFFERS,
  type BriefChoice,
  type BriefField,
  type BriefSection,
  COMMISSION_KINDS,
  COPY_EDITING,
  DEFAULT_REVIEW_ROUNDS,
  DISCLOSURE_WORDINGS,
  EXCLUSIVITY_OPTIONS,
  PRODUCER_BRINGS,
  PRODUCER_EXPECTS,
  TERMS,
} from './fields';

const text = (key: string, label: string, extra: Partial<BriefField> = {}): BriefField => ({
  key,
  label,
  kind: 'text',
  ...extra,
});

export const BRIEF_SECTIONS: readonly BriefSection[] = [
  {
    key: 'partnership',
    title: 'Partnership',
    fields: [
      text('producer', 'Producer', { required: true }),
      { key: 'platform', label: 'Platform', kind: 'select', options: PLATFORMS, required: true },
      text('niche', 'Niche'),
      text('brand', 'Brand', { required: true }),
    ],
  },
  {
    key: 'objective',
    title: 'Objective',
    hint: 'The strategic goal, not just a campaign.',
    fields: [
      { key: 'goal', label: 'Strategic goal', kind: 'textarea', required: true },
      { key: 'term', label: 'Term', kind: 'select', options: TERMS, required: true },
      { key: 'startDate', label: 'Start date', kind: 'date', required: true },
      { key: 'endDate', label: 'End date', kind: 'date' },
    ],
  },
  {
    key: 'audience',
    title: 'Audience and positioning',
    hint: 'The product is a tool, not the star.',
    fields: [
      {
        key: 'audienceProblem',
        label: "Problem the content solves for the producer's audience",
        kind: 'textarea',
        required: true,
      },
      { key: 'positioning', label: 'How the product appears', kind: 'textarea' },
    ],
  },
  {
    key: 'messages',
    title: 'Key messages',
    hint: "Up to three, in the producer's own words.",
    fields: [
      text('message1', 'Key message 1', { required: true }),
      text('message2', 'Key message 2'),
      text('message3', 'Key message 3'),
      { key: 'dos', label: "Do's", kind: 'textarea' },
      { key: 'donts', label: "Don'ts", kind: 'textarea' },
    ],
  },
  {
    key: 'latitude',
    title: 'Creative latitude',
    fields: [
      { key: 'producerDecides', label: 'The producer decides', kind: 'textarea' },
      { key: 'brandApproves', label: 'The brand approves', kind: 'textarea' },
    ],
  },
  {
    key: 'value',
    title: 'Value exchange',
    fields: [{ key: 'copyEditing', label: 'Brand copy editing', kind: 'select', options: COPY_EDITING }],
    choices: [
      { key: 'producerBrings', label: 'The producer brings', options: PRODUCER_BRINGS },
      { key: 'producerExpects', label: 'The producer expects', options: PRODUCER_EXPECTS },
      { key: 'brandOffers', label: 'The brand brings', options: BRAND_OFFERS },
      { key: 'brandExpects', label: 'The brand expects', options: BRAND_EXPECTS },
    ],
  },
  { key: 'deliverables', title: 'Deliverables', fields: [], table: 'deliverables' },
  {
    key: 'timeline',
    title: 'Timeline',
    hint: 'Revisit the brief mid-campaign.',
    fields: [
      { key: 'kickoffDate', label: 'Kickoff call', kind: 'date', required: true },
      {
        key: 'reviewRounds',
        label: 'Review rounds',
        kind: 'count',
        required: true,
        initial: String(DEFAULT_REVIEW_ROUNDS),
      },
      { key: 'extraRoundsConfirmed', label: 'More than 2 review rounds agreed', kind: 'check' },
      { key: 'turnaroundDays', label: 'Turnaround per round (days)', kind: 'count', initial: '3' },
      { key: 'launchDate', label: 'Launch', kind: 'date', required: true },
      { key: 'midReviewDate', label: 'Mid-campaign review', kind: 'date' },
    ],
  },
  {
    key: 'compensation',
    title: 'Compensation',
    table: 'tiers',
    fields: [
      { key: 'baseFee', label: 'Base fee', kind: 'money' },
      {
        key: 'commissionKind',
        label: 'Commission',
        kind: 'select',
        options: COMMISSION_KINDS,
        initial: 'Flat rate',
      },
      { key: 'commissionRate', label: 'Commission rate (%)', kind: 'percent' },
      { key: 'bonusThreshold', label: 'Bonus threshold (sales)', kind: 'money' },
      { key: 'bonusAmount', label: 'Bonus amount', kind: 'money' },
      { key: 'cap', label: 'Cap on commission and bonus', kind: 'money' },
      { key: 'expectedSales', label: 'Expected sales (for the preview)', kind: 'money' },
    ],
  },
  {
    key: 'tracking',
    title: 'Tracking',
    fields: [
      { key: 'landingUrl', label: 'Landing URL', kind: 'url' },
      text('utmCampaign', 'Campaign name (default: the partnership ID)'),
    ],
  },
  {
    key: 'disclosure',
    title: 'Disclosure',
    fields: [
      {
        key: 'disclosureWording',
        label: 'Required wording',
        kind: 'select',
        options: DISCLOSURE_WORDINGS,
        required: true,
        initial: '#ad',
      },
      { key: 'spokenInVideo', label: 'Said out loud in video', kind: 'check', initial: 'yes' },
      { key: 'onScreenInVideo', label: 'Shown on screen in video', kind: 'check', initial: 'yes' },
    ],
  },
  {
    key: 'metrics',
    title: 'Success metrics',
    hint: 'Leading indicators and lagging ones, each with a target.',
    fields: [
      { key: 'targetContentOutput', label: 'Content output (pieces)', kind: 'count' },
      { key: 'targetReach', label: 'Reach', kind: 'count' },
      { key: 'targetEngagementRate', label: 'Engagement rate (%)', kind: 'percent' },
      { key: 'targetAttributedSales', label: 'Attributed sales', kind: 'money' },
      { key: 'targetLifetimeValue', label: 'Customer lifetime value', kind: 'money' },
    ],
  },
  {
    key: 'rights',
    title: 'Rights and terms',
    fields: [
      text('usageRights', 'Usage rights', { required: true }),
      {
        key: 'usageOwner',
        label: 'Content owner',
        kind: 'select',
        options: ['Producer (licensed to the brand)', 'Brand'],
      },
      text('usageChannels', 'Channels the brand may use it on'),
      text('usageDuration', 'Duration of use'),
      { key: 'modificationAllowed', label: 'Brand may modify the content', kind: 'check' },
      { key: 'extraRightsFee', label: 'Extra for exclusive or perpetual rights', kind: 'money' },
      {
        key: 'exclusivity',
        label: 'Exclusivity',
        kind: 'select',
        options: EXCLUSIVITY_OPTIONS,
        required: true,
      },
      { key: 'moralsClause', label: 'Morals clause', kind: 'check', initial: 'yes' },
      { key: 'changeOrders', label: 'Scope and change orders', kind: 'textarea' },
      { key: 'termination', label: 'Termination', kind: 'textarea', required: true },
    ],
  },
];

export const BRIEF_FIELDS: readonly BriefField[] = BRIEF_SECTIONS.flatMap((s) => s.fields);
export const BRIEF_CHOICES: readonly BriefChoice[] = BRIEF_SECTIONS.flatMap((s) => s.choices ?? []);
const FIELD_BY_KEY = new Map(BRIEF_FIELDS.map((f) => [f.key, f]));
const CHOICE_BY_KEY = new Map(BRIEF_CHOICES.map((c) => [c.key, c]));

export function briefField(key: string): BriefField | undefined {
  return FIELD_BY_KEY.get(key);
}

export function isChoiceKey(key: string): boolean {
  return CHOICE_BY_KEY.has(key);
}
