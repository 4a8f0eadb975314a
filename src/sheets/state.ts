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
 */
import { formatId, idNumber } from '../core/lifecycle/pipeline';
import { cutUtf8 } from '../core/utf8';

const DENSE_PREFIX = 'pp.stages.';
const EXTRA_PREFIX = 'pp.stagesExtra.';
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

function unpack(all: Record<string, string>): Map<string, string> {
  const records = new Map<string, string>();
  const dense = joined(all, DENSE_PREFIX);
  for (let n = 0; n < dense.length; n++) if (dense[n] !== NONE) records.set(formatId(n), dense[n]);
  const extra = joined(all, EXTRA_PREFIX);
  if (extra) {
    try {
      for (const [id, record] of JSON.parse(extra) as [string, string][]) records.set(id, record);
    } catch {
      // A damaged list only loses skipped-stage warnings until the stages change again.
    }
  }
  for (const key of Object.keys(all)) {
    if (key.startsWith(LEGACY_PREFIX)) records.set(key.slice(LEGACY_PREFIX.length), all[key]);
  }
  return records;
}

/** The packed properties for a set of records. */
export function packStageRecords(records: ReadonlyMap<string, string>): Map<string, string> {
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
  cut(DENSE_PREFIX, Array.from(dense, (c) => c ?? NONE).join(''));
  if (extra.length) cut(EXTRA_PREFIX, JSON.stringify(extra));
  return packed;
}

const isStageKey = (key: string) =>
  key.startsWith(DENSE_PREFIX) || key.startsWith(EXTRA_PREFIX) || key.startsWith(LEGACY_PREFIX);

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
  for (const key of Object.keys(all)) if (isStageKey(key)) stored.set(key, all[key]);
  return {
    stageRecords: unpack(all),
    nextId: Number.isInteger(nextId) && nextId > 0 ? nextId : 1,
    overReliance,
    checklistsInUse: all[CHECKLISTS_IN_USE] === '1',
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
 * Stage records (changed ones merged in; with `keep`, the records of other IDs dropped) and the
 * over-reliance flags, writing only properties whose text changed. False when the store is full
 * (nothing is then saved). Call under the document lock.
 */
export function savePipelineState(
  state: PipelineState,
  changes: {
    records?: ReadonlyMap<string, string>;
    keep?: ReadonlySet<string>;
    overReliance?: Map<string, number>;
  },
): boolean {
  const records = state.stageRecords;
  for (const [id, encoded] of changes.records ?? []) records.set(id, encoded);
  let pruned = false;
  if (changes.keep) {
    for (const id of [...records.keys()]) {
      if (!changes.keep.has(id)) {
        records.delete(id);
        pruned = true;
      }
    }
  }
  if (!pruned && (changes.records?.size ?? 0) === 0 && changes.overReliance === undefined) return true;
  const packed = packStageRecords(records);
  const updates: Record<string, string> = {};
  for (const [key, text] of packed) if (state.stored.get(key) !== text) updates[key] = text;
  if (changes.overReliance !== undefined)
    updates[OVER_RELIANCE] = JSON.stringify(Object.fromEntries(changes.overReliance));
  const stale = [...state.stored.keys()].filter((key) => !packed.has(key));
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

/** The first tick made the Checklist ticks sheet: from now on validation warns about checklists. */
export function markChecklistsInUse(): void {
  documentProperties().setProperty(CHECKLISTS_IN_USE, '1');
}
