/**
 * The brief as a readable document: rows of typed cells (text, money, percent, number, date) with
 * a style per row, laid out from the schema. The Sheets adapter turns kinds into number formats
 * and styles into bold and shading; it writes the whole block in one call per property.
 */

import {
  briefUtmLink,
  commissionOf,
  parseCount,
  parseMoney,
  parsePercent,
  payoutPreview,
  suggestedMidReview,
} from './check';
import { type BriefDraft, DELIVERABLE_COLUMNS, TIER_COLUMNS } from './draft';
import { type BriefField, DISCLOSURE_PLACEMENT } from './fields';
import { BRIEF_SECTIONS } from './sections';
import { valueExchangeGaps } from './value-exchange';

export type DocCell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'money' | 'percent' | 'number'; readonly value: number }
  | { readonly kind: 'date'; readonly iso: string };

export type DocStyle = 'title' | 'heading' | 'tableHeader' | 'body' | 'flag' | 'blank';

export interface DocRow {
  readonly style: DocStyle;
  readonly cells: readonly DocCell[];
}

/** Columns of the brief sheet: wide enough for the deliverables table. */
export const DOC_WIDTH = DELIVERABLE_COLUMNS.length;

const textCell = (text: string): DocCell => ({ kind: 'text', text });

/** A value typed as its field's kind; text when it does not parse (the checks have said so). */
function cellOf(kind: string, raw: string): DocCell {
  const t = raw.trim();
  const number = (value: number | undefined, k: 'money' | 'percent' | 'number'): DocCell =>
    value === undefined ? textCell(t) : { kind: k, value };
  switch (kind) {
    case 'money':
      return number(parseMoney(t), 'money');
    case 'percent':
      return number(parsePercent(t), 'percent');
    case 'count':
      return number(parseCount(t), 'number');
    case 'date':
      return t === '' ? textCell('') : { kind: 'date', iso: t };
    case 'check':
      return textCell(t === 'yes' ? 'Yes' : 'No');
    default:
      return textCell(raw);
  }
}

function fieldRow(field: BriefField, draft: BriefDraft): DocRow | undefined {
  const value = draft.values[field.key] ?? '';
  if (value.trim() === '' && field.kind !== 'check') return undefined;
  return { style: 'body', cells: [textCell(field.label), cellOf(field.kind, value)] };
}

export interface DocumentContext {
  readonly partnershipId: string;
  /** When the brief was written, ISO yyyy-mm-dd. */
  readonly updated: string;
}

/** The disclosure wording with the brand filled in ("Paid partnership with Acme"). */
export function disclosureText(draft: BriefDraft): string {
  return (draft.values.disclosureWording ?? '').split('{brand}').join(draft.values.brand.trim());
}

/** The first words of a brief's title, by which a sheet is known to hold that brief. */
export const briefTitlePrefix = (partnershipId: string): string => `Brief ${partnershipId}: `;

export function briefDocument(draft: BriefDraft, context: DocumentContext): DocRow[] {
  const v = draft.values;
  const rows: DocRow[] = [
    {
      style: 'title',
      cells: [textCell(`${briefTitlePrefix(context.partnershipId)}${v.producer.trim()} × ${v.brand.trim()}`)],
    },
    { style: 'body', cells: [textCell('Updated'), { kind: 'date', iso: context.updated }] },
  ];
  for (const section of BRIEF_SECTIONS) {
    rows.push({ style: 'blank', cells: [] }, { style: 'heading', cells: [textCell(section.title)] });
    if (section.hint) rows.push({ style: 'body', cells: [textCell(section.hint)] });
    for (const field of section.fields) {
      if (field.key === 'commissionRate' && v.commissionKind === 'Tiers') continue;
      if (field.key === 'disclosureWording') continue; // written below with the brand filled in
      const row = fieldRow(field, draft);
      if (row) rows.push(row);
    }
    for (const choice of section.choices ?? []) {
      const picked = draft.choices[choice.key] ?? [];
      rows.push({
        style: 'body',
        cells: [textCell(choice.label), textCell(picked.join(', ') || 'Nothing named')],
      });
    }
    if (section.key === 'value') {
      for (const gap of valueExchangeGaps(draft))
        rows.push({ style: 'flag', cells: [textCell(`Gap: ${gap}`)] });
    }
    if (section.table === 'deliverables') {
      rows.push({ style: 'tableHeader', cells: DELIVERABLE_COLUMNS.map((c) => textCell(c.label)) });
      for (const row of draft.deliverables) {
        if (row.item.trim() === '') continue;
        rows.push({ style: 'body', cells: DELIVERABLE_COLUMNS.map((c) => cellOf(c.kind, row[c.key])) });
      }
    }
    if (section.table === 'tiers' && v.commissionKind === 'Tiers' && commissionOf(draft).commission) {
      rows.push({ style: 'tableHeader', cells: TIER_COLUMNS.map((c) => textCell(c.label)) });
      for (const row of draft.tiers)
        rows.push({ style: 'body', cells: TIER_COLUMNS.map((c) => cellOf(c.kind, row[c.key])) });
    }
    if (section.key === 'compensation') {
      const payout = payoutPreview(draft);
      if (payout !== undefined) {
        rows.push({
          style: 'body',
          cells: [textCell('Payout at expected sales'), { kind: 'money', value: payout }],
        });
      }
    }
    if (section.key === 'tracking' && v.landingUrl.trim() !== '') {
      rows.push({
        style: 'body',
        cells: [textCell('UTM link'), textCell(briefUtmLink(draft, context.partnershipId))],
      });
    }
    const midReview = section.key === 'timeline' ? suggestedMidReview(draft) : undefined;
    if (midReview) {
      rows.push({
        style: 'body',
        cells: [textCell('Mid-campaign review (suggested)'), { kind: 'date', iso: midReview }],
      });
    }
    if (section.key === 'disclosure') {
      rows.push({ style: 'body', cells: [textCell('Wording'), textCell(disclosureText(draft))] });
      for (const rule of DISCLOSURE_PLACEMENT)
        rows.push({ style: 'body', cells: [textCell('Placement'), textCell(rule)] });
    }
  }
  return rows;
}
