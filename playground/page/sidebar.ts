// Sidebars and dialogs the bundle opens: its HTML, unchanged, in a sandboxed frame beside the grid,
// with google.script.run bridged to the server through this page (the frame posts gs-run messages).
import { MESSAGE, type ResultMessage, type RunMessage } from '../../bridge/protocol';
import { el } from './dom';
import { type Answer, api } from './transport';

const title = el('span', { className: 'sidebar-title', testid: 'sidebar-title' });
const closeButton = el('button', { className: 'plain close', text: '×', title: 'Close' });
const frame = el('iframe', { className: 'sidebar-frame', testid: 'sidebar-frame' });
export const sidebar = el('aside', { className: 'sidebar', testid: 'sidebar' }, [
  el('div', { className: 'sidebar-head' }, [title, closeButton]),
  frame,
]);
sidebar.hidden = true;

// Sandboxed without allow-same-origin: the page's script runs in an opaque origin, as an HtmlService
// page runs on another origin than the spreadsheet.
frame.setAttribute('sandbox', 'allow-scripts allow-forms allow-modals allow-popups');

export function openSidebar(id: string, heading: string): void {
  title.textContent = heading || 'Sidebar';
  frame.src = `/pages/${id}`;
  sidebar.hidden = false;
}

function closeSidebar(): void {
  sidebar.hidden = true;
  frame.src = 'about:blank';
}

closeButton.addEventListener('click', closeSidebar);

/**
 * Answers the frame's google.script.run calls (bridge/client/over-post-message.ts asks this page,
 * which alone holds the token); only messages from the sidebar's own frame are read. show receives
 * what else the run produced.
 */
export function bridgeScriptRun(show: (answer: Answer) => void): void {
  window.addEventListener('message', async (event) => {
    if (event.source !== frame.contentWindow) return;
    const m = event.data as Partial<RunMessage> | { type?: unknown } | null;
    if (m?.type === MESSAGE.close) {
      closeSidebar();
      return;
    }
    if (m?.type !== MESSAGE.run || !('functionName' in m) || typeof m.functionName !== 'string') return;
    const id = m.id;
    if (typeof id !== 'number') return;
    const source = event.source as Window;
    const reply = (answer: Omit<ResultMessage, 'type' | 'id'>) =>
      source.postMessage({ type: MESSAGE.result, id, ...answer } satisfies ResultMessage, '*');
    let answer: Answer;
    try {
      answer = await api('/api/script-run', { functionName: m.functionName, args: m.args ?? [] });
    } catch {
      // The server is gone: the sidebar's failure handler hears it, as Apps Script's client reports it.
      reply({ ok: false, message: 'NetworkError: connection failure due to HTTP 0' });
      return;
    }
    reply({ ok: answer.ok, value: answer.value, message: answer.error });
    // The call's own failure goes to the page's failure handler, as in Sheets; show the rest.
    show({ ...answer, ok: true });
  });
}
