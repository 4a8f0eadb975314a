/** Keeps the draft for the user as they type (a moment after the last change), so closing loses nothing. */
import { server } from '../server';
import { current, message, state } from './state';

const SAVE_DELAY_MS = 1200;
let saveTimer: ReturnType<typeof setTimeout> | undefined;

/** Saves the draft SAVE_DELAY_MS after the last change. */
export function scheduleSave(): void {
  cancelSave();
  saveTimer = setTimeout(saveNow, SAVE_DELAY_MS);
}

/** Forgets a pending save (the brief is being created from the same draft). */
export function cancelSave(): void {
  if (saveTimer) clearTimeout(saveTimer);
}

async function saveNow(): Promise<void> {
  saveTimer = undefined;
  if (!state.partnershipId) return;
  try {
    const { savedAt, note } = await server.saveBriefDraft(state.partnershipId, current());
    const time = new Date(savedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    message.show('info', `Draft saved ${time}.${note ? ` ${note}` : ''}`);
  } catch (error) {
    message.show('error', `Draft not saved: ${(error as Error).message}`);
  }
}

/** Saves a pending draft now (before switching partnership or leaving the page). */
export async function flush(): Promise<void> {
  if (saveTimer === undefined) return;
  clearTimeout(saveTimer);
  await saveNow();
}
