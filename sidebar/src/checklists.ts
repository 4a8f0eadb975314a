/**
 * The checklists sidebar: the guide's decision checklist and one list per lifecycle stage for the
 * selected partnership, with "done/total" per list. Ticks are shared by every collaborator and
 * kept by partnership ID; each shows when it was made.
 */
import type { ChecklistListView, ChecklistsView } from '../../src/core/sidebar-contract';
import { busyGuard, clear, el, messageLine, partnershipPicker } from './dom';
import { server } from './server';

const app = document.getElementById('app')!;
const message = messageLine();
const guard = busyGuard();
let partnershipId: string | null = null;
let boxes: HTMLInputElement[] = [];

/** "2026-11-28 10:05" in the viewer's own time zone. */
function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function listNode(list: ChecklistListView): HTMLElement {
  const fieldset = el('fieldset', { 'data-list': list.key });
  fieldset.append(
    el(
      'legend',
      {},
      list.title,
      ' ',
      el('span', { class: 'progress', 'data-progress': list.key }, list.progress),
      list.current ? el('span', { class: 'secondary' }, ' · current stage') : null,
    ),
  );
  for (const item of list.items) {
    const id = `item-${item.key.replace(/\W/g, '-')}`;
    const box = el('input', { type: 'checkbox', id, 'data-item': item.key, checked: item.tickedAt !== null });
    box.addEventListener('change', () => tick(box));
    boxes.push(box);
    const when = item.tickedAt ? el('span', { class: 'when' }, `ticked ${localTime(item.tickedAt)}`) : null;
    fieldset.append(el('div', { class: 'checklist-item' }, box, el('label', { for: id }, item.label, when)));
  }
  return fieldset;
}

function renderLists(container: HTMLElement, lists: readonly ChecklistListView[]): void {
  clear(container);
  boxes = [];
  for (const list of lists) container.append(listNode(list));
}

async function tick(box: HTMLInputElement): Promise<void> {
  const id = partnershipId;
  const itemKey = box.dataset.item!;
  const wanted = box.checked;
  const done = await guard(boxes, async () => {
    try {
      const result = await server.setChecklistTick(id!, itemKey, wanted);
      renderLists(document.getElementById('lists')!, result.lists);
      message.show('ok', wanted ? 'Ticked.' : 'Unticked.');
      document.querySelector<HTMLInputElement>(`input[data-item="${CSS.escape(itemKey)}"]`)?.focus();
      return true;
    } catch (error) {
      box.checked = !wanted;
      message.show('error', (error as Error).message);
      return false;
    }
  });
  if (done === undefined) box.checked = !wanted; // another tick was in flight
}

function render(view: ChecklistsView): void {
  clear(app);
  partnershipId = view.partnership?.id ?? null;
  const picker = partnershipPicker(view.partnerships, partnershipId);
  picker.select.addEventListener('change', () => load(picker.select.value || null));
  app.append(el('h1', {}, 'Checklists'), picker.group);
  if (!view.partnership) {
    app.append(
      el(
        'p',
        { class: 'hint' },
        view.partnerships.length
          ? 'Select a row in the Pipeline, or choose a partnership above.'
          : 'Add a partnership to the Pipeline first.',
      ),
    );
  } else {
    app.append(el('p', { class: 'secondary' }, `Shared with everyone who edits this spreadsheet.`));
  }
  const lists = el('div', { id: 'lists' });
  renderLists(lists, view.lists);
  app.append(lists, message.node);
}

async function load(id: string | null): Promise<void> {
  try {
    render(await server.getChecklists(id));
  } catch (error) {
    clear(app);
    const retry = el('button', { type: 'button', class: 'action' }, 'Try again');
    // Back to the selected row (or the list): the partnership asked for may be gone.
    retry.addEventListener('click', () => load(null));
    app.append(el('h1', {}, 'Checklists'), message.node, retry);
    message.show('error', (error as Error).message);
  }
}

void load(null);
