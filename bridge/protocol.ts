// What a page's google.script.run sends and receives, whichever way it travels: one statement of the
// wire format, type-checked by the browser code (bridge/client, the playground page) and by Node.
// No imports.

/** The answer to one call: the server function's result, or the message of what went wrong. */
export type Answer = { ok: true; value: unknown } | { ok: false; message: string };

/** Over HTTP (the sidebar browser tests): POST this path with a RunRequest, answered by an Answer. */
export const RUN_PATH = '/__gas/run';

export interface RunRequest {
  name: string;
  args: unknown[];
}

/** Over postMessage (the playground): the sandboxed page and the page that frames it. */
export const MESSAGE = {
  /** page -> parent: run a server function. */
  run: 'gs-run',
  /** parent -> page: the answer to the run with the same id. */
  result: 'gs-result',
  /** page -> parent: google.script.host.close(). */
  close: 'gs-close',
  /** page -> parent: google.script.host.editor.focus(). */
  focus: 'gs-focus',
} as const;

export interface RunMessage {
  type: typeof MESSAGE.run;
  id: number;
  functionName: string;
  args: unknown[];
}

export interface ResultMessage {
  type: typeof MESSAGE.result;
  id: number;
  ok: boolean;
  value?: unknown;
  message?: string;
}
