/** One section of the brief form: its fields, choices, repeatable rows and the places for previews. */
import {
  DELIVERABLE_COLUMNS,
  emptyDeliverable,
  MAX_DELIVERABLES,
  MAX_TIERS,
  TIER_COLUMNS,
} from '../../../src/core/brief/draft';
import { DISCLOSURE_PLACEMENT } from '../../../src/core/brief/fields';
import type { BRIEF_SECTIONS } from '../../../src/core/brief/sections';
import { el } from '../dom';
import { choiceGroup, fieldGroup } from './fields';
import { state } from './state';
import { tableRows } from './table-rows';

export function sectionNode(section: (typeof BRIEF_SECTIONS)[number], changed: () => void): HTMLElement {
  const node = el(
    'section',
    { 'aria-labelledby': `s-${section.key}` },
    el('h2', { id: `s-${section.key}` }, section.title),
  );
  if (section.hint) node.append(el('p', { class: 'hint' }, section.hint));
  for (const field of section.fields) node.append(fieldGroup(field, changed));
  for (const choice of section.choices ?? []) node.append(choiceGroup(choice, changed));
  if (section.key === 'value') node.append(el('div', { id: 'gaps', 'aria-live': 'polite' }));
  if (section.table === 'deliverables') {
    node.append(
      tableRows(
        'deliverables',
        DELIVERABLE_COLUMNS,
        state.draft.deliverables,
        'Deliverable',
        () => ({ ...emptyDeliverable() }),
        MAX_DELIVERABLES,
        changed,
      ),
    );
  }
  if (section.table === 'tiers') {
    node.append(
      tableRows(
        'tiers',
        TIER_COLUMNS,
        state.draft.tiers,
        'Tier',
        () => ({ from: '', rate: '' }),
        MAX_TIERS,
        changed,
      ),
    );
    node.append(el('p', { class: 'preview', id: 'payout-preview', 'aria-live': 'polite' }));
  }
  if (section.key === 'tracking')
    node.append(el('p', { class: 'preview', id: 'utm-preview', 'aria-live': 'polite' }));
  if (section.key === 'disclosure') {
    node.append(el('p', { class: 'preview', id: 'disclosure-preview' }));
    node.append(el('ul', { class: 'secondary' }, ...DISCLOSURE_PLACEMENT.map((rule) => el('li', {}, rule))));
  }
  return node;
}
