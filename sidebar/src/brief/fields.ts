/** One field or one group of choices of the brief form, as src/core/brief/fields.ts describes it. */
import type { BriefChoice, BriefField } from '../../../src/core/brief/fields';
import { el } from '../dom';
import { controlId, errorId, state } from './state';

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

/** A labelled field with its error line; typing updates the draft and calls changed. */
export function fieldGroup(field: BriefField, changed: () => void): HTMLElement {
  const input = control(field, state.draft.values[field.key] ?? '');
  if (field.required) input.setAttribute('aria-required', 'true');
  const onChange = () => {
    state.draft.values[field.key] =
      input instanceof HTMLInputElement && input.type === 'checkbox'
        ? input.checked
          ? 'yes'
          : ''
        : input.value;
    state.touched.add(field.key);
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

/** A set of checkboxes kept in the draft in the schema's order. */
export function choiceGroup(choice: BriefChoice, changed: () => void): HTMLElement {
  const fieldset = el('fieldset', {}, el('legend', {}, choice.label));
  choice.options.forEach((option, i) => {
    const id = `c-${choice.key}-${i}`;
    const box = el('input', {
      type: 'checkbox',
      id,
      checked: (state.draft.choices[choice.key] ?? []).includes(option),
    });
    box.addEventListener('change', () => {
      const picked = new Set(state.draft.choices[choice.key] ?? []);
      if (box.checked) picked.add(option);
      else picked.delete(option);
      state.draft.choices[choice.key] = choice.options.filter((o) => picked.has(o));
      changed();
    });
    fieldset.append(el('div', { class: 'form-group inline' }, box, ' ', el('label', { for: id }, option)));
  });
  return fieldset;
}
