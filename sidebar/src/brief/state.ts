/**
 * What the parts of the brief builder share: the partnership and draft being edited, which fields
 * the user has touched (their errors show before the first submit), and the page's status line.
 */
import type { BriefDraft, DeliverableKey, TierKey } from '../../../src/core/brief/draft';
import { messageLine } from '../dom';

export interface Draft {
  values: Record<string, string>;
  choices: Record<string, string[]>;
  deliverables: Record<DeliverableKey, string>[];
  tiers: Record<TierKey, string>[];
}

export const state = {
  partnershipId: '',
  /** The spreadsheet's time zone, when the server sent it; handed back to createBrief. */
  timeZone: null as string | null,
  draft: { values: {}, choices: {}, deliverables: [], tiers: [] } as Draft,
  touched: new Set<string>(),
  /** Once Create has been pressed, every error shows, touched or not. */
  submitted: false,
};

/** The draft as the core reads it. */
export function current(): BriefDraft {
  return state.draft;
}

export const message = messageLine();

const safeId = (field: string) => field.replace(/[^A-Za-z0-9]/g, '-');
/** The control of a field ("deliverables.0.item" -> "f-deliverables-0-item"). */
export const controlId = (field: string) => `f-${safeId(field)}`;
/** Where a field's error is shown. */
export const errorId = (field: string) => `e-${safeId(field)}`;
