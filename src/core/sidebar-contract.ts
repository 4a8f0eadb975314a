/**
 * What the sidebar and the server say to each other: the server functions the pages call through
 * google.script.run (each a top-level entry point of the same name in src/entry.ts) and the plain
 * JSON they exchange. No Date crosses: dates travel as ISO text, since Apps Script refuses them.
 */

import type { FieldError } from './brief/check';
import type { BriefDraft } from './brief/draft';
import type { DebriefForm } from './debrief/input';
import type { DebriefPreview, WriteDebriefResult } from './debrief/view';

export interface PartnershipSummary {
  readonly id: string;
  readonly producer: string;
  readonly stage: string;
}

export interface BriefContext {
  /** The partnership the brief is for; null when no Pipeline row was selected (pick from the list). */
  readonly partnership: PartnershipSummary | null;
  readonly partnerships: readonly PartnershipSummary[];
  /** The user's kept draft, or a new one pre-filled from the row. */
  readonly draft: BriefDraft;
  /** When the kept draft was saved (ISO), or null for a new draft. */
  readonly draftSavedAt: string | null;
  /** The brief sheet already written for this partnership, if any. */
  readonly briefSheet: string | null;
  /**
   * The spreadsheet's time zone, when the server had to ask for it (to pre-fill a new draft's
   * dates); null otherwise. The page hands it back to createBrief, which then need not ask again.
   */
  readonly timeZone: string | null;
}

export type CreateBriefResult =
  | { readonly ok: true; readonly sheetName: string; readonly message: string }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

export interface ChecklistItemView {
  readonly key: string;
  readonly label: string;
  /** When it was ticked (ISO), or null. */
  readonly tickedAt: string | null;
}

export interface ChecklistListView {
  readonly key: string;
  readonly title: string;
  /** "4/6" */
  readonly progress: string;
  /** The list of the partnership's current lifecycle stage. */
  readonly current: boolean;
  readonly items: readonly ChecklistItemView[];
}

export interface ChecklistsView {
  readonly partnership: PartnershipSummary | null;
  readonly partnerships: readonly PartnershipSummary[];
  readonly lists: readonly ChecklistListView[];
}

// ---- Debrief ----

export interface DebriefContext {
  readonly partnership: PartnershipSummary | null;
  readonly partnerships: readonly PartnershipSummary[];
  /** Why no debrief can be written for it yet (a stage before Measurement), or null. */
  readonly blocked: string | null;
  /** Targets against actuals and the suggestion before anything is typed; null when blocked. */
  readonly preview: DebriefPreview | null;
  /** The debrief sheet already written for this partnership, if any. */
  readonly debriefSheet: string | null;
}

/** The server functions the sidebar calls; the client wraps them as Promisified<SidebarApi>. */
export interface SidebarApi {
  /** The brief of a partnership (by ID), or of the selected Pipeline row when id is null. */
  getBriefContext(id: string | null): BriefContext;
  /** Keeps the draft; `note` says which other drafts were removed to make room ('' when none). */
  saveBriefDraft(id: string, draft: BriefDraft): { savedAt: string; note: string };
  /** `timeZone`: the one getBriefContext gave, if any (the server asks when it is missing). */
  createBrief(id: string, draft: BriefDraft, timeZone?: string | null): CreateBriefResult;
  /** The checklists of a partnership (by ID), or of the selected Pipeline row when id is null. */
  getChecklists(id: string | null): ChecklistsView;
  /** Ticks (or unticks) one item; returns the partnership's lists after the change. */
  setChecklistTick(id: string, itemKey: string, ticked: boolean): { lists: readonly ChecklistListView[] };
  /** The debrief of a partnership (by ID), or of the selected Pipeline row when id is null. */
  getDebriefContext(id: string | null): DebriefContext;
  /** Writes "Debrief P-0001" and links the row's Debrief cell; field errors when the form is not right. */
  writeDebrief(id: string, form: DebriefForm): WriteDebriefResult;
}

export const SIDEBAR_API_NAMES: readonly (keyof SidebarApi)[] = [
  'getBriefContext',
  'saveBriefDraft',
  'createBrief',
  'getChecklists',
  'setChecklistTick',
  'getDebriefContext',
  'writeDebrief',
];
