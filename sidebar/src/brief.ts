/**
 * The brief builder sidebar. The form is rendered from the schema in src/core/brief-sections.ts; fields are
 * checked by the same core as the server (which has the last word); the payout preview is the
 * HYBRID_PAYOUT core and the UTM link the Pipeline's UTM builder. The draft is kept for the user
 * as they type, so closing the sidebar loses nothing.
 */

import {
  briefUtmLink,
  checkBrief,
  type FieldError,
  parseCount,
  payoutPreview,
  suggestedMidReview,
} from '../../src/core/brief-check';
import { disclosureText } from '../../src/core/brief-document';
import {
  type BriefDraft,
  DELIVERABLE_COLUMNS,
  type DeliverableKey,
  emptyDeliverable,
  MAX_DELIVERABLES,
  MAX_TIERS,
  TIER_COLUMNS,
  type TierKey,
} from '../../src/core/brief-draft';
import {
  type BriefChoice,
  type BriefField,
  DEFAULT_REVIEW_ROUNDS,
  DISCLOSURE_PLACEMENT,
} from '../../src/core/brief-fields';
import { BRIEF_SECTIONS } from '../../src/core/brief-sections';
import type { BriefContext } from '../../src/core/sidebar-contract';
import { valueExchangeGaps } from '../../src/core/value-exchange';
import { busyGuard, clear, el, messageLine, partnershipPicker } from './dom';
import { server } from './server';

interface Draft {
  values: Record<string, string>;
  choices: Record<string, string[]>;
  deliverables: Record<DeliverableKey, string>[];
  tiers: Record<TierKey, string>[];
}

const app = document.getElementById('app')!;
const message = messageLine();
const guard = busyGuard();
const SAVE_DELAY_MS = 1200;

let partnershipId = '';
let draft: Draft = { values: {}, choices: {}, deliverables: [], tiers: [] };
let touched = new Set<string>();
let submitted = false;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
let createButton: HTMLButtonElement;
let picker: HTMLSelectElement;

const safeId = (field: string) => field.replace(/[^A-Za-z0-9]/g, '-');
const controlId = (field: string) => `f-${safeId(field)}`;
const errorId = (field: string) => `e-${safeId(field)}`;
const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

// ---- Fields ------------------------------------------------------------------------------------

function control(
  field: BriefField,
  value: string,
): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  const common = { id: controlId(field.key), name: field.key, 'aria-describedby': errorId(field.key) };
  if (field.kind === 'textarea') {
    const area = el('textarea', { ...common, rows: '3' });
    area.value = value;
    return area;
  }
  if (field.kind === 'select') {
    const select = el('select', common, el('option', { value: '' }, 'Choose…'));
    for (const option of field.options ?? []) select.append(el('option', { value: option }, option));
    select.value = value;
    return select;
  }
  if (field.kind === 'check') {
    return el('input', { ...common, type: 'checkbox', checked: value === 'yes' });
  }
  const type = field.kind === 'date' ? 'date' : field.kind === 'url' ? 'url' : 'text';
  const numeric = field.kind === 'money' || field.kind === 'percent' || field.kind === 'count';
  const input = el('input', {
    ...common,
    type,
    inputmode: numeric ? 'decimal' : undefined,
    autocomplete: 'off',
  });
  input.value = value;
  return input;
}

function fieldGroup(field: BriefField): HTMLElement {
  const input = control(field, draft.values[field.key] ?? '');
  if (field.required) input.setAttribute('aria-required', 'true');
  const onChange = () => {
    draft.values[field.key] =
      input instanceof HTMLInputElement && input.type === 'checkbox'
        ? input.checked
          ? 'yes'
          : ''
        : input.value;
    touched.add(field.key);
    changed();
  };
  input.addEventListener('input', onChange);
  input.addEventListener('change', onChange);
  const label = el('label', { for: input.id, class: field.required ? 'required' : undefined }, field.label);
  const error = el('div', { class: 'error', id: errorId(field.key) });
  if (field.kind === 'check') {
    return el('div', { class: 'form-group inline', 'data-field': field.key }, input, ' ', label, error);
  }
  const hint = field.key === 'midReviewDate' ? el('p', { class: 'hint', id: 'mid-review-hint' }) : null;
  return el('div', { class: 'form-group', 'data-field': field.key }, label, input, hint, error);
}

function choiceGroup(choice: BriefChoice): HTMLElement {
  const fieldset = el('fieldset', {}, el('legend', {}, choice.label));
  choice.options.forEach((option, i) => {
    const id = `c-${choice.key}-${i}`;
    const box = el('input', {
      type: 'checkbox',
      id,
      checked: (draft.choices[choice.key] ?? []).includes(option),
    });
    box.addEventListener('change', () => {
      const picked = new Set(draft.choices[choice.key] ?? []);
      if (box.checked) picked.add(option);
      else picked.delete(option);
      draft.choices[choice.key] = choice.options.filter((o) => picked.has(o));
      changed();
    });
    fieldset.append(el('div', { class: 'form-group inline' }, box, ' ', el('label', { for: id }, option)));
  });
  return fieldset;
}

// ---- Repeatable rows (deliverables, commission tiers) -----------------------------------------

function tableRows<K extends string>(
  table: 'deliverables' | 'tiers',
  columns: readonly { key: K; label: string; kind: string }[],
  rows: Record<K, string>[],
  title: string,
  empty: () => Record<K, string>,
  max: number,
): HTMLElement {
  const container = el('div', { id: `${table}-rows` });
  const draw = () => {
    clear(container);
    rows.forEach((row, index) => {
      const fieldset = el('fieldset', {}, el('legend', {}, `${title} ${index + 1}`));
      for (const column of columns) {
        const field = `${table}.${index}.${column.key}`;
        const input = el('input', {
          id: controlId(field),
          type: column.kind === 'date' ? 'date' : 'text',
          inputmode: column.kind === 'date' || column.kind === 'text' ? undefined : 'decimal',
          'aria-describedby': errorId(field),
          autocomplete: 'off',
        });
        input.value = row[column.key];
        input.addEventListener('input', () => {
          row[column.key] = input.value;
          touched.add(field);
          changed();
        });
        input.addEventListener('change', () => {
          row[column.key] = input.value;
          changed();
        });
        fieldset.append(
          el(
            'div',
            { class: 'form-group' },
            el('label', { for: input.id }, column.label),
            input,
            el('div', { class: 'error', id: errorId(field) }),
          ),
        );
      }
      const remove = el('button', { type: 'button' }, `Remove ${title.toLowerCase()} ${index + 1}`);
      remove.addEventListener('click', () => {
        rows.splice(index, 1);
        draw();
        changed();
        document.getElementById(`add-${table}`)?.focus();
      });
      fieldset.append(el('div', { class: 'row-actions' }, remove));
      container.append(fieldset);
    });
  };
  draw();
  const add = el('button', { type: 'button', id: `add-${table}` }, `Add ${title.toLowerCase()}`);
  add.addEventListener('click', () => {
    if (rows.length >= max) return;
    rows.push(empty());
    draw();
    changed();
    document.getElementById(controlId(`${table}.${rows.length - 1}.${columns[0].key}`))?.focus();
  });
  return el(
    'div',
    { 'data-table': table },
    container,
    el('div', { class: 'error', id: errorId(table) }),
    add,
  );
}

// ---- Derived parts: payout preview, UTM link, value-exchange gaps, visibility -------------------

/** The draft as the core reads it. */
function current(): BriefDraft {
  return draft;
}

function updateDerived(): void {
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

function setText(id: string, text: string): void {
  const node = document.getElementById(id);
  if (node) node.textContent = text;
}

function toggle(selector: string, visible: boolean): void {
  const node = document.querySelector<HTMLElement>(selector);
  if (node) node.hidden = !visible;
}

// ---- Errors beside their fields -----------------------------------------------------------------

function showErrors(errors: readonly FieldError[], all: boolean): void {
  for (const node of Array.from(document.querySelectorAll('.error[id^="e-"]'))) node.textContent = '';
  for (const node of Array.from(document.querySelectorAll('[aria-invalid]')))
    node.removeAttribute('aria-invalid');
  for (const error of errors) {
    if (!all && !touched.has(error.field)) continue;
    const node = document.getElementById(errorId(error.field));
    if (node && node.textContent === '') node.textContent = error.message;
    document.getElementById(controlId(error.field))?.setAttribute('aria-invalid', 'true');
  }
}

function focusFirst(errors: readonly FieldError[]): void {
  for (const error of errors) {
    const target =
      document.getElementById(controlId(error.field)) ??
      document.getElementById(controlId(`${error.field}.0.item`)) ??
      document.getElementById(`add-${error.field}`);
    if (target && !target.closest('[hidden]')) {
      target.focus();
      return;
    }
  }
}

// ---- Changes, draft keeping, creating -----------------------------------------------------------

function changed(): void {
  updateDerived();
  showErrors(checkBrief(current(), partnershipId), submitted);
  if (saveTimer) clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, SAVE_DELAY_MS);
}

async function saveNow(): Promise<void> {
  saveTimer = undefined;
  if (!partnershipId) return;
  try {
    const { savedAt } = await server.saveBriefDraft(partnershipId, current());
    message.show(
      'info',
      `Draft saved ${new Date(savedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.`,
    );
  } catch (error) {
    message.show('error', `Draft not saved: ${(error as Error).message}`);
  }
}

/** Saves a pending draft now (before switching partnership or leaving the page). */
async function flush(): Promise<void> {
  if (saveTimer === undefined) return;
  clearTimeout(saveTimer);
  await saveNow();
}

async function create(): Promise<void> {
  submitted = true;
  const errors = checkBrief(current(), partnershipId);
  showErrors(errors, true);
  if (errors.length) {
    message.show(
      'error',
      `${errors.length === 1 ? '1 field needs' : `${errors.length} fields need`} attention (marked in red).`,
    );
    focusFirst(errors);
    return;
  }
  if (saveTimer) clearTimeout(saveTimer);
  await guard([createButton, picker], async () => {
    message.show('info', 'Writing the brief…');
    try {
      const result = await server.createBrief(partnershipId, current());
      if (result.ok) message.show('ok', result.message);
      else {
        showErrors(result.errors, true);
        message.show(
          'error',
          `The server found ${result.errors.length} problem${result.errors.length > 1 ? 's' : ''} (marked in red).`,
        );
        focusFirst(result.errors);
      }
    } catch (error) {
      message.show('error', (error as Error).message);
    }
  });
}

// ---- Page -----------------------------------------------------------------------------------------

function sectionNode(section: (typeof BRIEF_SECTIONS)[number]): HTMLElement {
  const node = el(
    'section',
    { 'aria-labelledby': `s-${section.key}` },
    el('h2', { id: `s-${section.key}` }, section.title),
  );
  if (section.hint) node.append(el('p', { class: 'hint' }, section.hint));
  for (const field of section.fields) node.append(fieldGroup(field));
  for (const choice of section.choices ?? []) node.append(choiceGroup(choice));
  if (section.key === 'value') node.append(el('div', { id: 'gaps', 'aria-live': 'polite' }));
  if (section.table === 'deliverables') {
    node.append(
      tableRows(
        'deliverables',
        DELIVERABLE_COLUMNS,
        draft.deliverables,
        'Deliverable',
        () => ({ ...emptyDeliverable() }),
        MAX_DELIVERABLES,
      ),
    );
  }
  if (section.table === 'tiers') {
    node.append(
      tableRows('tiers', TIER_COLUMNS, draft.tiers, 'Tier', () => ({ from: '', rate: '' }), MAX_TIERS),
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

function render(context: BriefContext): void {
  clear(app);
  partnershipId = context.partnership?.id ?? '';
  draft = JSON.parse(JSON.stringify(context.draft)) as Draft;
  touched = new Set();
  submitted = false;
  const pick = partnershipPicker(context.partnerships, context.partnership?.id ?? null);
  picker = pick.select;
  picker.addEventListener('change', async () => {
    await flush();
    await load(picker.value || null);
  });
  app.append(el('h1', {}, 'Brief builder'), pick.group);
  if (!context.partnership) {
    app.append(
      el(
        'p',
        { class: 'hint' },
        context.partnerships.length
          ? 'Select a row in the Pipeline, or choose a partnership above.'
          : 'Add a partnership to the Pipeline first.',
      ),
      message.node,
    );
    return;
  }
  const kept = context.draftSavedAt
    ? `Your draft from ${context.draftSavedAt.slice(0, 10)}.`
    : 'Pre-filled from the Pipeline row.';
  const sheet = context.briefSheet ? ` Its brief is in sheet "${context.briefSheet}".` : '';
  app.append(el('p', { class: 'secondary' }, kept + sheet));
  const form = el('form', { novalidate: true, 'aria-label': `Brief for ${context.partnership.id}` });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void create();
  });
  for (const section of BRIEF_SECTIONS) form.append(sectionNode(section));
  createButton = el(
    'button',
    { type: 'submit', class: 'action', id: 'create-brief' },
    context.briefSheet ? 'Update brief' : 'Create brief',
  );
  form.append(el('div', { class: 'sidebar bottom' }, createButton, message.node));
  app.append(form);
  updateDerived();
}

async function load(id: string | null): Promise<void> {
  try {
    render(await server.getBriefContext(id));
  } catch (error) {
    clear(app);
    const retry = el('button', { type: 'button', class: 'action' }, 'Try again');
    // Back to the selected row (or the list): the partnership asked for may be gone.
    retry.addEventListener('click', () => load(null));
    app.append(el('h1', {}, 'Brief builder'), message.node, retry);
    message.show('error', (error as Error).message);
  }
}

document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void flush();
});
void load(null);
