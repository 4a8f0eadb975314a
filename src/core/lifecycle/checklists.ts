/**
 * The guide's checklists: the decision checklist and one list per lifecycle stage. Item keys are
 * stable ("onboarding.kickoff"): ticks are stored under them, so labels may be reworded freely.
 */

import type { ChecklistListView } from '../sidebar-contract';
import { type Stage, stageIndex } from './pipeline';

export interface ChecklistItem {
  readonly key: string;
  readonly label: string;
}

export interface Checklist {
  readonly key: string;
  readonly title: string;
  /** The lifecycle stage the list belongs to; none for the decision checklist. */
  readonly stage?: Stage;
  readonly items: readonly ChecklistItem[];
}

const list = (
  key: string,
  title: string,
  stage: Stage | undefined,
  items: [string, string][],
): Checklist => ({
  key,
  title,
  ...(stage ? { stage } : {}),
  items: items.map(([item, label]) => ({ key: `${key}.${item}`, label })),
});

export const CHECKLISTS: readonly Checklist[] = [
  list('decision', 'Decision checklist', undefined, [
    ['objective', 'Strategic objective defined'],
    ['vetted', 'Producer vetted on relevance, resonance and reliability'],
    ['agreement', 'Written agreement covering deliverables, compensation, rights and termination'],
    ['review', 'Review and feedback process agreed'],
    ['indicators', 'Leading and lagging indicators tracked'],
    ['scaling', 'Plan for scaling or exit'],
  ]),
  list('discovery', 'Discovery', 'Discovery', [
    ['redFlags', 'Past content reviewed for red flags'],
    ['rubric', 'Scored on the rubric'],
    ['pitch', 'Personalised pitch referencing their work'],
  ]),
  list('negotiation', 'Negotiation', 'Negotiation', [
    ['compensation', 'Compensation model'],
    ['usage', 'Usage rights'],
    ['exclusivity', 'Exclusivity'],
    ['morals', 'Morals clause'],
    ['scope', 'Scope and change-order process'],
    ['termination', 'Termination terms'],
  ]),
  list('onboarding', 'Onboarding', 'Onboarding', [
    ['overview', 'Brand overview'],
    ['samples', 'Product samples'],
    ['brief', 'Creative brief'],
    ['kickoff', 'Kickoff call'],
    ['timeline', 'Timeline with milestones'],
  ]),
  list('cocreation', 'Co-creation', 'Co-creation', [
    ['review', 'Review process (at most 2 rounds, turnaround agreed)'],
    ['calendar', 'Shared content calendar'],
    ['revisited', 'Brief revisited mid-campaign'],
  ]),
  list('promotion', 'Promotion', 'Promotion', [
    ['disclosure', 'Disclosure in place'],
    ['utm', 'UTM links'],
    ['crossPromotion', "Cross-promotion on the brand's channels"],
    ['repurposed', 'Content repurposed (blog, newsletter)'],
  ]),
  list('measurement', 'Measurement', 'Measurement', [
    ['indicators', 'Leading and lagging indicators recorded'],
    ['shared', 'Results shared with the producer'],
    ['debrief', 'Debrief held'],
    ['lessons', 'Lessons documented'],
  ]),
  list('renewal', 'Renewal or exit', 'Renewal', [
    ['decision', 'Decision recorded with its reason'],
    ['thanks', 'Thank-you and debrief'],
    ['doorOpen', 'Door left open'],
  ]),
];

export const CHECKLIST_ITEM_KEYS: readonly string[] = CHECKLISTS.flatMap((l) => l.items.map((i) => i.key));
const ITEM_KEYS = new Set(CHECKLIST_ITEM_KEYS);

export function isChecklistItem(key: string): boolean {
  return ITEM_KEYS.has(key);
}

/** Ticks of one partnership: item key -> when it was ticked (ISO text). */
export type Ticks = ReadonlyMap<string, string>;

export function progress(checklist: Checklist, ticks: Ticks): { done: number; total: number } {
  return { done: checklist.items.filter((i) => ticks.has(i.key)).length, total: checklist.items.length };
}

/** "4/6" */
export function progressText(checklist: Checklist, ticks: Ticks): string {
  const { done, total } = progress(checklist, ticks);
  return `${done}/${total}`;
}

/**
 * Warnings for a row that has moved past a stage whose checklist is less than half done:
 * "Onboarding checklist 2/5". Renewal and Exit both count as past Measurement; the Renewal or exit
 * list itself is never "passed".
 */
export function checklistWarnings(stage: Stage, ticks: Ticks): string[] {
  const at = stage === 'Exit' ? stageIndex('Renewal') : stageIndex(stage);
  const warnings: string[] = [];
  for (const checklist of CHECKLISTS) {
    if (!checklist.stage || stageIndex(checklist.stage) >= at) continue;
    const { done, total } = progress(checklist, ticks);
    if (done * 2 < total) warnings.push(`${checklist.title} checklist ${done}/${total}`);
  }
  return warnings;
}

/**
 * Every list with its items, their tick times and "done/total", as the sidebar shows them; the
 * list of the partnership's stage is marked current (Exit shares the Renewal or exit list).
 */
export function checklistViews(ticks: Ticks, stage?: Stage): ChecklistListView[] {
  const currentStage = stage === 'Exit' ? 'Renewal' : stage;
  return CHECKLISTS.map((checklist) => ({
    key: checklist.key,
    title: checklist.title,
    progress: progressText(checklist, ticks),
    current: checklist.stage !== undefined && checklist.stage === currentStage,
    items: checklist.items.map((item) => ({
      key: item.key,
      label: item.label,
      tickedAt: ticks.get(item.key) ?? null,
    })),
  }));
}

/** The lists whose progress can give a row a warning: every stage's list but Renewal or exit. */
const WARNING_LISTS: readonly Checklist[] = CHECKLISTS.filter((l) => l.stage && l.stage !== 'Renewal');
/** The digest of a row whose passed lists are all untouched ("nothing ticked"), and of one with no warning. */
const NOTHING_TICKED = 'z';
const NO_WARNING = 'n';
/** Per list: no warning ("-"), or the done count of a passed list less than half done (at most 2). */
const LIST_STATES = '-012';
/** Other digests are one character from here on: two UTF-8 bytes, three for the rarest. */
const FIRST_CODE = 0x100;

/**
 * What a row's checklist warnings at `stage` depend on, in one character: "z" when every passed
 * list is untouched (no ticks, the usual case), "n" when no list warns, else the state of each list
 * that can warn (its done count when passed and less than half done, or no warning) in one code
 * point. Kept beside the row's stage record (so 10,000 partnerships take 10 to 30 KB), it lets an
 * edit that leaves the stage alone give the same warnings without reading the ticks
 * (src/sheets/validate.ts); ticksOfDigest turns it back.
 */
export function checklistDigest(stage: Stage, ticks: Ticks): string {
  const at = stage === 'Exit' ? stageIndex('Renewal') : stageIndex(stage);
  let code = 0;
  let weight = 1;
  let warns = false;
  let allZero = true;
  for (const checklist of WARNING_LISTS) {
    const { done, total } = progress(checklist, ticks);
    const passed = stageIndex(checklist.stage as Stage) < at;
    const warning = passed && done * 2 < total;
    if (warning) warns = true;
    if (passed && (!warning || done > 0)) allZero = false;
    code += (warning ? done + 1 : 0) * weight;
    weight *= LIST_STATES.length;
  }
  if (!warns) return NO_WARNING;
  return allZero ? NOTHING_TICKED : String.fromCharCode(FIRST_CODE + code);
}

/**
 * Ticks that give the same checklist warnings at the digest's stage as the ticks it was made of:
 * the first `done` items of a warning list, every item of the others. Undefined for text that is
 * not a digest (a damaged store): the ticks are then read.
 */
export function ticksOfDigest(digest: string): Ticks | undefined {
  const ticks = new Map<string, string>();
  const all = (checklist: Checklist) => {
    for (const item of checklist.items) ticks.set(item.key, '');
  };
  if (digest === NOTHING_TICKED) return ticks;
  if (digest === NO_WARNING) {
    for (const checklist of WARNING_LISTS) all(checklist);
    return ticks;
  }
  let code = digest.length === 1 ? digest.charCodeAt(0) - FIRST_CODE : -1;
  if (code < 0 || code >= LIST_STATES.length ** WARNING_LISTS.length) return undefined;
  for (const checklist of WARNING_LISTS) {
    const state = code % LIST_STATES.length;
    code = Math.floor(code / LIST_STATES.length);
    if (state === 0) all(checklist);
    else {
      const done = state - 1;
      if (done * 2 >= checklist.items.length) return undefined;
      for (const item of checklist.items.slice(0, done)) ticks.set(item.key, '');
    }
  }
  return ticks;
}
