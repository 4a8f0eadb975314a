// google.script for a page served on its own origin (the sidebar browser tests): each call is a
// POST to RUN_PATH on the same server, which runs the add-on and answers as protocol.ts says.
import { type Answer, RUN_PATH, type RunRequest } from '../protocol';
import { install } from './install';

async function send(name: string, args: unknown[]): Promise<Answer> {
  const request: RunRequest = { name, args };
  try {
    const response = await fetch(RUN_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    return (await response.json()) as Answer;
  } catch {
    // What Apps Script's client reports when the server cannot be reached.
    return { ok: false, message: 'NetworkError: connection failure due to HTTP 0' };
  }
}

install({
  send,
  // A page of its own has no editor to close it into: mark it so a test can see the call.
  close: () => {
    document.documentElement.dataset.closed = 'true';
  },
  focusEditor: () => {},
});
