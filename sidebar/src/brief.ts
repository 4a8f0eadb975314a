/**
 * The brief builder sidebar: loads the selected partnership's brief context and renders the form.
 * Its parts, in brief/: the form's sections, fields and repeatable rows (rendered from the schema in
 * src/core/brief/sections.ts), the previews derived from the draft, errors beside their fields (the same core
 * checks as the server, which has the last word), the draft kept as the user types, and Create brief.
 */

import { checkBrief } from '../../src/core/brief/check';
import { BRIEF_SECTIONS } from '../../src/core/brief/sections';
import type { BriefContext } from '../../src/core/sidebar-contract';
import { flush, scheduleSave } from './brief/draft-autosave';
import { showErrors } from './brief/field-errors';
import { updatePreviews } from './brief/previews';
import { sectionNode } from './brief/sections';
import { current, type Draft, message, state } from './brief/state';
import { createBrief } from './brief/submit';
import { clear, el, partnershipPicker } from './dom';
import { server } from './server';

const app = document.getElementById('app')!;

/** After every edit: previews, errors, and the draft saved a moment later. */
function changed(): void {
  updatePreviews();
  showErrors(checkBrief(current(), state.partnershipId), state.submitted);
  scheduleSave();
}

function render(context: BriefContext): void {
  clear(app);
  state.partnershipId = context.partnership?.id ?? '';
  state.timeZone = context.timeZone;
  state.draft = JSON.parse(JSON.stringify(context.draft)) as Draft;
  state.touched = new Set();
  state.submitted = false;
  const pick = partnershipPicker(context.partnerships, context.partnership?.id ?? null);
  const picker = pick.select;
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
  const createButton = el(
    'button',
    { type: 'submit', class: 'action', id: 'create-brief' },
    context.briefSheet ? 'Update brief' : 'Create brief',
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void createBrief([createButton, picker]);
  });
  for (const section of BRIEF_SECTIONS) form.append(sectionNode(section, changed));
  form.append(el('div', { class: 'sidebar bottom' }, createButton, message.node));
  app.append(form);
  updatePreviews();
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
