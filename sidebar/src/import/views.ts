/**
 * The parts of the Import results dialog drawn from data: the column mapping (one select per
 * role), the totals to be written and the rows no partnership matched. Everything from the file
 * is set as text (textContent via el), so a cell holding "<img onerror=…>" or "=HYPERLINK(…)"
 * shows as written and never runs or turns into a formula.
 */

import { listFirst, quantity } from '../../../src/core/messages';
import type { ImportPreview } from '../../../src/core/results/attribution';
import {
  type ColumnMapping,
  IMPORT_ROLES,
  type ImportRole,
  ROLE_LABELS,
} from '../../../src/core/results/formats';
import type { PartnershipTags } from '../../../src/core/results/import-contract';
import { el } from '../dom';

const SHOWN_UNATTRIBUTED = 50;
const SHOWN_TOTALS = 200;

/** One select per role, the mapping found preselected; onChange gets the role and its new column. */
export function mappingView(
  headers: readonly string[],
  mapping: ColumnMapping,
  onChange: (role: ImportRole, column: number | undefined) => void,
): HTMLElement {
  const box = el(
    'fieldset',
    { class: 'mapping', id: 'mapping' },
    el('legend', {}, 'Columns (change any that is wrong)'),
  );
  for (const role of IMPORT_ROLES) {
    const select = el('select', { id: `map-${role}`, 'data-role': role });
    select.append(el('option', { value: '' }, '(none)'));
    headers.forEach((header, i) => {
      select.append(
        el('option', { value: String(i), selected: mapping[role] === i }, header || `(column ${i + 1})`),
      );
    });
    select.addEventListener('change', () =>
      onChange(role, select.value === '' ? undefined : Number(select.value)),
    );
    box.append(
      el('div', { class: 'form-group' }, el('label', { for: `map-${role}` }, ROLE_LABELS[role]), select),
    );
  }
  return box;
}

/** "All rows belong to": for a producer's own channel export, which names no campaign. */
export function wholeFileView(
  partnerships: readonly PartnershipTags[],
  selected: string | null,
  onChange: (id: string | null) => void,
): HTMLElement {
  const select = el('select', { id: 'whole-file' });
  select.append(el('option', { value: '' }, 'Each row by its campaign or code'));
  for (const p of partnerships) {
    select.append(
      el(
        'option',
        { value: p.id, selected: p.id === selected },
        `${p.id} · ${p.producer || '(no producer)'}`,
      ),
    );
  }
  select.addEventListener('change', () => onChange(select.value || null));
  return el('div', { class: 'form-group' }, el('label', { for: 'whole-file' }, 'Rows belong to'), select);
}

const number = (n: number | null, money: boolean) =>
  n === null
    ? '–'
    : n.toLocaleString('en-US', money ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : {});

/** The summary, the problems that stop the import, notes, the totals and the unattributed rows. */
export function previewView(preview: ImportPreview): HTMLElement {
  const box = el('section', { id: 'preview' });
  box.append(
    el(
      'p',
      { id: 'summary' },
      `${quantity(preview.rowsRead, 'row')} read: ${preview.attributedRows} attributed to ${quantity(new Set(preview.totals.map((t) => t.id)).size, 'partnership')}, ${preview.unattributedRows} unattributed.` +
        (preview.currency ? ` Amounts in ${preview.currency}.` : ''),
    ),
  );
  if (preview.problems.length > 0) {
    const list = el('ul', { id: 'problems', class: 'problems error' });
    for (const problem of preview.problems) list.append(el('li', {}, problem));
    box.append(el('p', { class: 'error' }, 'Nothing can be imported until these are fixed:'), list);
  }
  if (preview.notes.length > 0) {
    const list = el('ul', { id: 'notes', class: 'notes secondary' });
    for (const note of preview.notes) list.append(el('li', {}, note));
    box.append(list);
  }
  if (preview.unattributed.length > 0) {
    const list = el('ul', { id: 'unattributed', class: 'unattributed' });
    for (const u of preview.unattributed.slice(0, SHOWN_UNATTRIBUTED)) {
      list.append(
        el('li', {}, el('span', { class: 'value' }, u.value), ` · ${quantity(u.rows, 'row')} · ${u.reason}`),
      );
    }
    const more = preview.unattributed.length - SHOWN_UNATTRIBUTED;
    if (more > 0) list.append(el('li', { class: 'secondary' }, `…and ${more} more values`));
    box.append(el('h2', {}, `Unattributed (${preview.unattributedRows})`), list);
  }
  if (preview.totals.length > 0) {
    const head = ['Partnership', 'Month', 'Sessions', 'Orders', 'Sales', 'Refunds', 'Views', 'Engagement'];
    const table = el('table', { id: 'totals', class: 'results' });
    table.append(el('tr', {}, ...head.map((h) => el('th', {}, h))));
    for (const t of preview.totals.slice(0, SHOWN_TOTALS)) {
      const m = t.metrics;
      table.append(
        el(
          'tr',
          {},
          el('td', {}, t.id),
          el('td', {}, t.month),
          ...[
            number(m.sessions, false),
            number(m.orders, false),
            number(m.attributedSales, true),
            number(m.refunds, true),
            number(m.views, false),
            number(m.engagement, false),
          ].map((v) => el('td', { class: 'number' }, v)),
        ),
      );
    }
    const more = preview.totals.length - SHOWN_TOTALS;
    box.append(el('h2', {}, `To import (${preview.totals.length})`), table);
    if (more > 0) box.append(el('p', { class: 'secondary' }, `…and ${more} more totals`));
    const months = [...new Set(preview.totals.map((t) => t.month))].sort();
    box.append(el('p', { class: 'secondary' }, `Months: ${listFirst(months, 12)}.`));
  }
  return box;
}
