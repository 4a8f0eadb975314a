/**
 * What the add-on remembers about the Pipeline between runs, in the document's properties:
 * the stage each partnership was last validated at (keyed by ID, so sorting cannot break it),
 * the next ID number, the producers flagged for over-reliance by the last full validation, and
 * whether anyone keeps checklists here (so validation reads ticks only then).
 *
 * The store holds 500 KB in all, keys included, and 9 KB per value. A property per ID ran out at
 * about 32,000 IDs, so the records are packed: one character per ID for the add-on's own IDs
 * (P-0001 is position 1 of a string of stage digits, "." for none), cut into properties of at most
 * 8,000 UTF-8 bytes (the quota counts bytes: a typed ID in Japanese takes 3 per character); other
 * IDs (typed by people) and records of skipped stages go into a JSON list cut the same way. 50,000
 * partnerships take about 50 KB. Only properties whose text changed are written.
 *
 * Beside each record, packed the same way, the row's checklist digest at that stage
 * (src/core/lifecycle/checklists.ts: one character unless some list is partly ticked): it is what
 * lets an edit that leaves the stage alone skip reading the row of ticks. It is trusted only while
 * DIGESTS_COMPLETE is set: Validate all rows sets it after computing every row's digest from the
 * whole ticks sheet; an edit typed into the ticks sheet clears it (src/triggers/on-edit.ts).
 */
import { formatId, idNumber } from '../core/lifecycle/pipeline';
import { cutUtf8 } from '../core/utf8';

/** A store packed by ID: one character per canonical ID in `dense`, everything else in `extra`. */
interface Family {
  readonly dense: string;
  readonly extra: string;
}
const STAGES_FAMILY: Family = { dense: 'pp.stages.', extra: 'pp.stagesExtra.' };
const DIGESTS_FAMILY: Family = { dense: 'pp.checklistDigests.', extra: 'pp.checklistDigestsExtra.' };
/** Set while every row's digest was computed from the ticks it has now. */
const DIGESTS_COMPLETE = 'pp.checklistDigestsComplete';
/** Before packing: one property per ID. Read once, then replaced by the packed form. */
const LEGACY_PREFIX = 'pp.stage.';
const NEXT_ID = 'pp.nextId';
const OVER_RELIANCE = 'pp.overReliance';
const CHECKLISTS_IN_USE = 'pp.checklists';
/** Bytes per property value: with its short key, under the 9 KB a property holds. */
const CHUNK_BYTES = 8000;
/** Set while the spreadsheet has a Results sheet (src/sheets/results-summary.ts keeps it). */
export const RESULTS_IN_USE = 'pp.results';
const NONE = '.';

export interface PipelineState {
  /** Encoded stage records by ID. A Map: IDs are user text ("constructor" is a fine ID). */
  stageRecords: Map<string, string>;
  nextId: number;
  overReliance: Map<string, number>;
  checklistsInUse: boolean;
  /** Checklist digests by ID, at the stage of the ID's record. */
  checklistDigests: Map<string, string>;
  /** The digests may stand in for the ticks (see DIGESTS_COMPLETE). */
  digestsComplete: boolean;
  /** A Results sheet was seen: edits then give the results warnings (one cache read). */
  resultsInUse: boolean;
  /** The packed properties as read, to write only what changed. */
  readonly stored: Map<string, string>;
  /** Every property as read (other stores kept beside these, such as the sheet layout). */
  readonly all: Readonly<Record<string, string>>;
}

function documentProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

/** Properties of one prefix, in chunk order, joined. */
function joined(all: Record<string, string>, prefix: string): string {
  const parts: string[] = [];
  for (let i = 0; all[prefix + i] !== undefined; i++) parts.push(all[prefix + i]);
  return parts.join('');
}

/** The ID number whose record fits in the dense string: the add-on's own canonical IDs. */
function denseIndex(id: string, record: string): number | undefined {
  if (record.length !== 1) return undefined;
  const n = idNumber(id);
  return n !== undefined && formatId(n) === id ? n : undefined;
}

function unpack(all: Record<string, string>, family: Family): Map<string, string> {
  const records = new Map<string, string>();
  const dense = joined(all, family.dense);
  for (let n = 0; n < dense.length; n++) if (dense[n] !== NONE) records.set(formatId(n), dense[n]);
  const extra = joined(all, family.extra);
  if (extra) {
    try {
      for (const [id, record] of JSON.parse(extra) as [string, string][]) records.set(id, record);
    } catch {
      // A damaged list only loses skipped-stage warnings until the stages change again.
    }
  }
  if (family !== STAGES_FAMILY) return records;
  for (const key of Object.keys(all)) {
    if (key.startsWith(LEGACY_PREFIX)) records.set(key.slice(LEGACY_PREFIX.length), all[key]);
  }
  return records;
}

/** The packed properties for a set of stage records. */
export function packStageRecords(records: ReadonlyMap<string, string>): Map<string, string> {
  return pack(records, STAGES_FAMILY);
}

function pack(records: ReadonlyMap<string, string>, family: Family): Map<string, string> {
  const dense: string[] = [];
  const extra: [string, string][] = [];
  for (const [id, record] of records) {
    const n = denseIndex(id, record);
    if (n === undefined) extra.push([id, record]);
    else {
      while (dense.length < n) dense.push(NONE);
      dense[n] = record;
    }
  }
  const packed = new Map<string, string>();
  const cut = (prefix: string, text: string) => {
    if (text === '') return;
    cutUtf8(text, CHUNK_BYTES).forEach((piece, i) => {
      packed.set(prefix + i, piece);
    });
  };
  cut(family.dense, Array.from(dense, (c) => c ?? NONE).join(''));
  if (extra.length) cut(family.extra, JSON.stringify(extra));
  return packed;
}

const isPackedKey = (key: string) =>
  [STAGES_FAMILY, DIGESTS_FAMILY].some((f) => key.startsWith(f.dense) || key.startsWith(f.extra)) ||
  key.startsWith(LEGACY_PREFIX);

/** One read of the whole store: cheaper than a call per row for pasted blocks. */
export function loadPipelineState(): PipelineState {
  const all = documentProperties().getProperties();
  let overReliance = new Map<string, number>();
  try {
    overReliance = new Map(Object.entries(JSON.parse(all[OVER_RELIANCE] ?? '{}') as Record<string, number>));
  } catch {
    // A damaged value only loses the over-reliance warning until the next full validation.
  }
  const nextId = Number(all[NEXT_ID]);
  const stored = new Map<string, string>();
  for (const key of Object.keys(all)) if (isPackedKey(key)) stored.set(key, all[key]);
  return {
    stageRecords: unpack(all, STAGES_FAMILY),
    nextId: Number.isInteger(nextId) && nextId > 0 ? nextId : 1,
    overReliance,
    checklistsInUse: all[CHECKLISTS_IN_USE] === '1',
    checklistDigests: unpack(all, DIGESTS_FAMILY),
    digestsComplete: all[DIGESTS_COMPLETE] === '1',
    resultsInUse: all[RESULTS_IN_USE] === '1',
    stored,
    all,
  };
}

/**
 * The ID counter alone, saved before any new ID is written to the sheet: if this fails, no ID is
 * written, so none can be handed out twice. Call under the document lock.
 */
export function saveNextId(nextId: number): void {
  documentProperties().setProperty(NEXT_ID, String(nextId));
}

/**
 * Stage records and checklist digests (changed ones merged in; with `keep`, those of other IDs
 * dropped), the over-reliance flags and, with `digestsComplete`, the mark that every digest is
 * up to date; only properties whose text changed are written. False when the store is full
 * (nothing is then saved). Call under the document lock.
 */
export function savePipelineState(
  state: PipelineState,
  changes: {
    records?: ReadonlyMap<string, string>;
    digests?: ReadonlyMap<string, string>;
    keep?: ReadonlySet<string>;
    overReliance?: Map<string, number>;
    /** Every digest was just computed from the ticks. */
    digestsComplete?: true;
  },
): boolean {
  const records = state.stageRecords;
  const digests = state.checklistDigests;
  for (const [id, encoded] of changes.records ?? []) records.set(id, encoded);
  for (const [id, digest] of changes.digests ?? []) digests.set(id, digest);
  let pruned = false;
  if (changes.keep) {
    for (const store of [records, digests]) {
      for (const id of [...store.keys()]) {
        if (!changes.keep.has(id)) {
          store.delete(id);
          pruned = true;
        }
      }
    }
  }
  const markComplete = changes.digestsComplete === true && !state.digestsComplete;
  if (
    !pruned &&
    (changes.records?.size ?? 0) === 0 &&
    (changes.digests?.size ?? 0) === 0 &&
    changes.overReliance === undefined &&
    !markComplete
  )
    return true;
  const overReliance: Record<string, string> = {};
  if (changes.overReliance !== undefined)
    overReliance[OVER_RELIANCE] = JSON.stringify(Object.fromEntries(changes.overReliance));
  const withDigests = new Map([...pack(records, STAGES_FAMILY), ...pack(digests, DIGESTS_FAMILY)]);
  if (
    writePacked(state, withDigests, { ...overReliance, ...(markComplete ? { [DIGESTS_COMPLETE]: '1' } : {}) })
  ) {
    if (markComplete) state.digestsComplete = true;
    return true;
  }
  // Full: the digests are only a shortcut, so they make way for the stage records. Without them
  // (and without the mark) edits read the ticks again.
  const withoutDigests = pack(records, STAGES_FAMILY);
  if (!writePacked(state, withoutDigests, overReliance, [DIGESTS_COMPLETE])) return false;
  digests.clear();
  state.digestsComplete = false;
  return true;
}

/**
 * Writes the packed properties that changed, plus `extra`, and deletes the packed ones no longer
 * there (and `remove`); false when the store is full (nothing is then written).
 */
function writePacked(
  state: PipelineState,
  packed: ReadonlyMap<string, string>,
  extra: Record<string, string>,
  remove: readonly string[] = [],
): boolean {
  const updates: Record<string, string> = { ...extra };
  for (const [key, text] of packed) if (state.stored.get(key) !== text) updates[key] = text;
  const stale = [...state.stored.keys(), ...remove].filter((key) => !packed.has(key));
  const properties = documentProperties();
  try {
    if (stale.length > 0) {
      // Fewer chunks than before, or the one-property-per-ID form: rewrite the store in one call.
      const all = properties.getProperties();
      for (const key of stale) delete all[key];
      properties.setProperties({ ...all, ...updates }, true);
    } else if (Object.keys(updates).length > 0) properties.setProperties(updates);
  } catch (error) {
    if (/quota|too large/i.test(String((error as Error)?.message ?? error))) return false;
    throw error;
  }
  state.stored.clear();
  for (const [key, text] of packed) state.stored.set(key, text);
  return true;
}

/**
 * Someone typed into the ticks sheet: the digests may no longer match the ticks, so edits read the
 * ticks again until the next Validate all rows. Call under the document lock.
 */
export function forgetChecklistDigests(): void {
  documentProperties().deleteProperty(DIGESTS_COMPLETE);
}

/** The first tick made the Checklist ticks sheet: from now on validation warns about checklists. */
export function markChecklistsInUse(): void {
  documentProperties().setProperty(CHECKLISTS_IN_USE, '1');
}
