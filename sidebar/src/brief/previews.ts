/**
 * The parts of the form derived from the draft: the payout preview (the HYBRID_PAYOUT core), the UTM
 * link (the Pipeline's UTM builder), the caption's disclosure, value-exchange gaps, and which fields
 * show (tiers or a flat rate, the confirmation of extra review rounds).
 */

import { briefUtmLink, parseCount, payoutPreview, suggestedMidReview } from '../../../src/core/brief/check';
import { disclosureText } from '../../../src/core/brief/document';
import { DEFAULT_REVIEW_ROUNDS } from '../../../src/core/brief/fields';
import { valueExchangeGaps } from '../../../src/core/brief/value-exchange';
import { clear, el } from '../dom';
import { current, state } from './state';

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

function setText(id: string, text: string): void {
  const node = document.getElementById(id);
  if (node) node.textContent = text;
}

function toggle(selector: string, visible: boolean): void {
  const node = document.querySelector<HTMLElement>(selector);
  if (node) node.hidden = !visible;
}

export function updatePreviews(): void {
  const { draft, partnershipId } = state;
  const payout = payoutPreview(current());
  const sales = draft.values.expectedSales?.trim() || '0';
  setText(
    'payout-preview',
    payout === undefined
      ? 'Payout preview: fill in a base fee or commission.'
      : `Payout at sales of ${sales}: ${money.format(payout)}`,
  );
  let utm = 'UTM link: add a landing URL.';
  if ((draft.values.landingUrl ?? '').trim() !== '') {
    try {
      utm = briefUtmLink(current(), partnershipId);
    } catch (error) {
      utm = `UTM link not ready: ${(error as Error).message}`;
    }
  }
  setText('utm-preview', utm);
  setText('disclosure-preview', `Caption starts with: ${disclosureText(current())}`);
  const gaps = document.getElementById('gaps');
  if (gaps) {
    clear(gaps);
    for (const gap of valueExchangeGaps(current())) gaps.append(el('p', { class: 'gap' }, `Gap: ${gap}`));
  }
  const tiers = draft.values.commissionKind === 'Tiers';
  toggle('[data-field="commissionRate"]', !tiers);
  toggle('[data-table="tiers"]', tiers);
  const midReview = suggestedMidReview(current());
  setText('mid-review-hint', midReview ? `Suggested: ${midReview}, halfway to the end date.` : '');
  const rounds = parseCount(draft.values.reviewRounds ?? '') ?? 0;
  toggle('[data-field="extraRoundsConfirmed"]', rounds > DEFAULT_REVIEW_ROUNDS);
}
