/**
 * The debrief sidebar: the brief's targets against the actuals from Results and the suggestion
 * (renew, review or consider exit, with its reasons), then the few things only a person knows, and
 * one button that writes the "Debrief P-0001" sheet to share with the producer. Text from the sheet
 * and the server is set with textContent only.
 */
import type { FieldError } from '../../src/core/brief/check';
import {
  DEBRIEF_NUMBERS,
  DEBRIEF_TEXT_FIELDS,
  DEBRIEF_TICKS,
  type DebriefForm,
} from '../../src/core/debrief/input';
import type { DebriefPreview } from '../../src/core/debrief/view';
import type { DebriefContext } from '../../src/core/sidebar-contract';
import { busyGuard, clear, el, messageLine, partnershipPicker } from './dom';
import { server } from './server';

const app = document.getElementById('app')!;
const message = messageLine();
const guard = busyGuard();

function metricsTable(preview: DebriefPreview): HTMLElement {
  const head = el(
    'tr',
    {},
    ...['Metric', 'Target', 'Actual', 'Result'].map((t) => el('th', { scope: 'col' }, t)),
  );
  const rows = preview.metrics.map((m) =>
    el(
      'tr',
      { 'data-metric': m.label },
      el('td', {}, m.label, el('span', { class: 'secondary' }, ` (${m.indicator.toLowerCase()})`)),
      el('td', {}, m.target || '–'),
      el('td', {}, m.actual || '–'),
      el('td', { class: m.result === 'Missed' ? 'error' : '' }, m.result),
    ),
  );
  return el('table', { class: 'metrics', id: 'metrics' }, el('thead', {}, head), el('tbody', {}, ...rows));
}

function suggestionNode(id: string, suggestion: string, reasons: readonly string[]): HTMLElement {
  return el(
    'div',
    { id },
    el('p', {}, el('strong', {}, 'Suggestion: '), el('span', { class: 'suggestion' }, suggestion)),
    el('ul', { class: 'reasons' }, ...reasons.map((r) => el('li', {}, r))),
    el('p', { class: 'secondary' }, 'Advice only: the Stage is yours to change.'),
  );
}

interface Controls {
  readonly text: Map<string, HTMLTextAreaElement>;
  readonly ticks: Map<string, HTMLInputElement>;
  readonly numbers: Map<string, HTMLInputElement>;
  readonly errors: Map<string, HTMLElement>;
}

function formGroups(): { nodes: HTMLElement[]; controls: Controls } {
  const controls: Controls = { text: new Map(), ticks: new Map(), numbers: new Map(), errors: new Map() };
  const nodes: HTMLElement[] = [];
  const errorNode = (key: string) => {
    const node = el('p', { class: 'error', id: `e-${key}` });
    controls.errors.set(key, node);
    return node;
  };
  for (const { key, label } of DEBRIEF_NUMBERS) {
    const input = el('input', {
      type: 'text',
      id: `f-${key}`,
      inputmode: 'decimal',
      'aria-describedby': `e-${key}`,
    });
    controls.numbers.set(key, input);
    nodes.push(
      el('div', { class: 'form-group' }, el('label', { for: `f-${key}` }, label), input, errorNode(key)),
    );
  }
  for (const { key, label } of DEBRIEF_TEXT_FIELDS) {
    const area = el('textarea', { id: `f-${key}`, rows: '3', 'aria-describedby': `e-${key}` });
    controls.text.set(key, area);
    nodes.push(
      el('div', { class: 'form-group' }, el('label', { for: `f-${key}` }, label), area, errorNode(key)),
    );
  }
  for (const { key, label } of DEBRIEF_TICKS) {
    const box = el('input', { type: 'checkbox', id: `f-${key}` });
    controls.ticks.set(key, box);
    nodes.push(el('div', { class: 'form-group inline' }, box, el('label', { for: `f-${key}` }, label)));
  }
  return { nodes, controls };
}

function formOf(controls: Controls): DebriefForm {
  const pick = <T>(map: Map<string, T>, read: (c: T) => unknown) =>
    Object.fromEntries([...map].map(([k, c]) => [k, read(c)]));
  return {
    text: pick(controls.text, (c) => c.value),
    ticks: pick(controls.ticks, (c) => c.checked),
    numbers: pick(controls.numbers, (c) => c.value),
  } as unknown as DebriefForm;
}

function showErrors(controls: Controls, errors: readonly FieldError[]): void {
  for (const [key, node] of controls.errors) {
    const found = errors.find((e) => e.field === key);
    node.textContent = found ? found.message : '';
    const control = controls.text.get(key) ?? controls.numbers.get(key);
    if (found) control?.setAttribute('aria-invalid', 'true');
    else control?.removeAttribute('aria-invalid');
  }
  const first = errors[0] && (controls.text.get(errors[0].field) ?? controls.numbers.get(errors[0].field));
  first?.focus();
}

function render(view: DebriefContext): void {
  clear(app);
  const id = view.partnership?.id ?? null;
  const picker = partnershipPicker(view.partnerships, id);
  picker.select.addEventListener('change', () => load(picker.select.value || null));
  app.append(el('h1', {}, 'Debrief'), picker.group);
  if (!view.partnership || !id) {
    app.append(
      el(
        'p',
        { class: 'hint' },
        'Select a row in the Pipeline at Measurement or later, or choose a partnership above.',
      ),
    );
    return;
  }
  if (view.blocked || !view.preview) {
    app.append(message.node);
    message.show('info', view.blocked ?? 'Nothing to debrief yet.');
    return;
  }
  const preview = view.preview;
  app.append(
    el(
      'p',
      { class: 'secondary', id: 'targets-from' },
      `Targets from ${preview.targetsFrom}; ${preview.months} month(s) of results.`,
    ),
    metricsTable(preview),
    el('p', { id: 'roi' }, preview.roi),
    suggestionNode('suggestion-preview', preview.suggestion, preview.reasons),
  );
  if (view.debriefSheet)
    app.append(el('p', { class: 'secondary' }, `Writing replaces the sheet "${view.debriefSheet}".`));
  const { nodes, controls } = formGroups();
  app.append(el('h2', {}, 'What only you know'), ...nodes);
  const button = el('button', { type: 'button', class: 'action', id: 'write-debrief' }, 'Write debrief');
  const all = [button, ...controls.numbers.values(), ...controls.ticks.values()];
  button.addEventListener('click', () =>
    guard(all, async () => {
      try {
        const result = await server.writeDebrief(id, formOf(controls));
        if (!result.ok) {
          showErrors(controls, result.errors);
          message.show('error', 'Check the fields marked.');
          return;
        }
        showErrors(controls, []);
        document.getElementById('metrics')?.replaceWith(metricsTable(result.preview));
        const roi = document.getElementById('roi');
        if (roi) roi.textContent = result.preview.roi;
        document
          .getElementById('suggestion-preview')
          ?.replaceWith(suggestionNode('suggestion-preview', result.suggestion, result.reasons));
        message.show('ok', result.message);
      } catch (error) {
        message.show('error', (error as Error).message);
      }
    }),
  );
  app.append(el('div', { class: 'row-actions' }, button), message.node);
}

async function load(id: string | null): Promise<void> {
  try {
    render(await server.getDebriefContext(id));
  } catch (error) {
    clear(app);
    const retry = el('button', { type: 'button', class: 'action' }, 'Try again');
    retry.addEventListener('click', () => load(null));
    app.append(el('h1', {}, 'Debrief'), message.node, retry);
    message.show('error', (error as Error).message);
  }
}

void load(null);
