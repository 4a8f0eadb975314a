// The page's one channel to the server: JSON over fetch with the run's token, in the wire format of
// ../protocol. The person's selection travels here too, sent once it settles and always before any
// other call, so a menu item run right after a click sees the new selection (getActiveRange).
import type { ActionResult, PlaygroundState, UiEvents } from '../protocol';

export interface Answer extends Omit<ActionResult, 'ui'> {
  ui?: UiEvents;
  state?: PlaygroundState;
  file?: string;
}

const token = document.querySelector<HTMLMetaElement>('meta[name="playground-token"]')?.content ?? '';

let reportFailure: (message: string) => void = () => {};

/** Where an HTTP failure (403, 400, 413) is shown. */
export function onFailure(report: (message: string) => void): void {
  reportFailure = report;
}

export async function api(path: string, body?: object): Promise<Answer> {
  if (path !== '/api/select') await flushSelection();
  const response = await fetch(path, {
    method: body ? 'POST' : 'GET',
    headers: { 'X-Playground-Token': token, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const answer = (await response.json()) as Answer | PlaygroundState;
  if (!response.ok) {
    const message = (answer as Answer).error ?? `HTTP ${response.status}`;
    reportFailure(message);
    return { ok: false, error: message };
  }
  return answer as Answer;
}

let selectionTimer: ReturnType<typeof setTimeout> | undefined;
let pendingSelection: object | undefined;

/** The selection from cell (x1, y1) to (x2, y2), 0-based, in either order. */
export function tellSelection(sheet: string, x1: number, y1: number, x2: number, y2: number): void {
  const [left, right] = [Math.min(x1, x2), Math.max(x1, x2)];
  const [top, bottom] = [Math.min(y1, y2), Math.max(y1, y2)];
  pendingSelection = {
    sheet,
    row: top + 1,
    col: left + 1,
    numRows: bottom - top + 1,
    numCols: right - left + 1,
  };
  clearTimeout(selectionTimer);
  selectionTimer = setTimeout(() => void flushSelection(), 150);
}

async function flushSelection(): Promise<void> {
  clearTimeout(selectionTimer);
  const body = pendingSelection;
  pendingSelection = undefined;
  if (body) await api('/api/select', body);
}
