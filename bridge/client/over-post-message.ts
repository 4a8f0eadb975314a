// google.script for a page in a sandboxed frame (the playground): calls go by postMessage to the
// page that frames it, which adds its token, asks the server and posts the answer back. The framed
// page never sees the token, and only answers from its own parent are read.
import { type Answer, MESSAGE, type ResultMessage, type RunMessage } from '../protocol';
import { install } from './install';

const pending = new Map<number, (answer: Answer) => void>();
let lastId = 0;

window.addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  const m = event.data as Partial<ResultMessage> | null;
  if (m?.type !== MESSAGE.result || typeof m.id !== 'number') return;
  const resolve = pending.get(m.id);
  if (!resolve) return;
  pending.delete(m.id);
  resolve(m.ok ? { ok: true, value: m.value } : { ok: false, message: String(m.message ?? 'failed') });
});

function send(functionName: string, args: unknown[]): Promise<Answer> {
  return new Promise((resolve) => {
    const id = ++lastId;
    pending.set(id, resolve);
    const message: RunMessage = { type: MESSAGE.run, id, functionName, args };
    // An opaque-origin frame cannot name its parent's origin; the parent checks event.source.
    window.parent.postMessage(message, '*');
  });
}

install({
  send,
  close: () => window.parent.postMessage({ type: MESSAGE.close }, '*'),
  focusEditor: () => window.parent.postMessage({ type: MESSAGE.focus }, '*'),
});
