// The playground page: puts together the grid (grid.ts), the add-on's menu and alerts (menu.ts), the
// sidebar frame (sidebar.ts), toasts and the error banner (toasts.ts), all talking to the server
// through transport.ts, and shows what each run of the bundle produced.
import type { PlaygroundState } from '../protocol';
import { el } from './dom';
import { formulaBar, gridHost, renderSheets, startGrid, tabs } from './grid';
import { menuBar, modal, queueAlert, renderMenus } from './menu';
import { bridgeScriptRun, openSidebar, sidebar } from './sidebar';
import { errorBanner, showError, showPageErrors, showToast, toastHost } from './toasts';
import { type Answer, api, onFailure } from './transport';

// ---- layout ----

const app = document.getElementById('app')!;
app.textContent = '';
const titleText = el('span', { className: 'doc-title', testid: 'title' });
const fileText = el('span', { className: 'doc-file' });
const triggerButton = el('button', { className: 'plain', testid: 'time-triggers' });
const saveButton = el('button', { className: 'action', text: 'Save', testid: 'save' });
const topBar = el('header', { className: 'topbar' }, [
  el('div', { className: 'titles' }, [titleText, fileText]),
  menuBar,
  el('div', { className: 'spacer' }),
  triggerButton,
  saveButton,
]);
const main = el('div', { className: 'main' }, [gridHost, sidebar]);
app.append(topBar, errorBanner, formulaBar, main, tabs, toastHost, modal);

showPageErrors();
onFailure(showError);

// ---- runs of the bundle ----

/** Shows what a run of the bundle produced, then the new state. */
function apply(answer: Answer): void {
  if (answer.ok === false && answer.error) showError(answer.error);
  if (answer.ui) {
    for (const toast of answer.ui.toasts) showToast(toast);
    for (const alert of answer.ui.alerts) queueAlert(alert);
    const page = answer.ui.sidebars.at(-1) ?? answer.ui.dialogs.at(-1);
    if (page) openSidebar(page.id, page.title);
  }
  if (answer.state) render(answer.state);
}

function render(state: PlaygroundState): void {
  titleText.textContent = state.title;
  fileText.textContent = state.file;
  triggerButton.textContent = `Run time-driven triggers now (${state.timeTriggers})`;
  renderMenus(state.menus, (functionName) => void busyWhile(api('/api/run', { functionName })));
  renderSheets(state);
}

async function busyWhile(call: Promise<Answer>): Promise<void> {
  document.body.classList.add('busy');
  try {
    apply(await call);
  } finally {
    document.body.classList.remove('busy');
  }
}

bridgeScriptRun(apply);
startGrid(async (sheet, row, col, values) => {
  apply(await api('/api/edit', { sheet, row: row + 1, col: col + 1, values }));
});

triggerButton.addEventListener('click', () => void busyWhile(api('/api/time-triggers', {})));

saveButton.addEventListener('click', async () => {
  const answer = await api('/api/save', {});
  if (answer.ok) showToast({ message: `Saved ${answer.file}` });
});

api('/api/state')
  .then((state) => {
    const loaded = state as unknown as PlaygroundState;
    if (loaded.sheets) render(loaded);
    if (loaded.openError) showError(loaded.openError);
    else {
      const clipped = (loaded.sheets ?? []).flatMap((s) => (s.clipped ? [s.clipped] : []));
      if (clipped.length > 0) showError(clipped.join(' '));
    }
  })
  .catch((error: Error) => showError(`Cannot load the workbook: ${error.message}`));
