/** Repeatable rows of the brief form (deliverables, commission tiers): add, edit, remove. */
import { clear, el } from '../dom';
import { controlId, errorId, state } from './state';

export function tableRows<K extends string>(
  table: 'deliverables' | 'tiers',
  columns: readonly { key: K; label: string; kind: string }[],
  rows: Record<K, string>[],
  title: string,
  empty: () => Record<K, string>,
  max: number,
  changed: () => void,
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
          state.touched.add(field);
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
