/**
 * What the add-on remembers about the Pipeline between runs, in the document's properties:
 * the stage each partnership was last validated at (keyed by ID, so sorting cannot break it),
 * the next ID number, the producers flagged for over-reliance by the last full validation, and
 * whether anyone keeps checklists here (so validation reads ticks only then).
 */
const STAGE_PREFIX = 'pp.stage.';
const NEXT_ID = 'pp.nextId';
const OVER_RELIANCE = 'pp.overReliance';
const CHECKLISTS_IN_USE = 'pp.checklists';

interface PipelineState {
  stageRecords: Record<string, string | undefined>;
  nextId: number;
  overReliance: Map<string, number>;
  checklistsInUse: boolean;
}

function documentProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

/** One read of the whole store: cheaper than a call per row for pasted blocks. */
export function loadPipelineState(): PipelineState {
  const all = documentProperties().getProperties();
  const stageRecords: Record<string, string> = {};
  for (const key of Object.keys(all)) {
    if (key.startsWith(STAGE_PREFIX)) stageRecords[key.slice(STAGE_PREFIX.length)] = all[key];
  }
  let overReliance = new Map<string, number>();
  try {
    overReliance = new Map(Object.entries(JSON.parse(all[OVER_RELIANCE] ?? '{}') as Record<string, number>));
  } catch {
    // A damaged value only loses the over-reliance warning until the next full validation.
  }
  const nextId = Number(all[NEXT_ID]);
  return {
    stageRecords,
    nextId: Number.isInteger(nextId) && nextId > 0 ? nextId : 1,
    overReliance,
    checklistsInUse: all[CHECKLISTS_IN_USE] === '1',
  };
}

/** Writes only what changed, in one call. Call under the document lock. */
export function savePipelineState(changes: {
  records?: Record<string, string>;
  nextId?: number;
  overReliance?: Map<string, number>;
}): void {
  const updates: Record<string, string> = {};
  for (const [id, encoded] of Object.entries(changes.records ?? {})) updates[STAGE_PREFIX + id] = encoded;
  if (changes.nextId !== undefined) updates[NEXT_ID] = String(changes.nextId);
  if (changes.overReliance !== undefined)
    updates[OVER_RELIANCE] = JSON.stringify(Object.fromEntries(changes.overReliance));
  if (Object.keys(updates).length > 0) documentProperties().setProperties(updates);
}

/** The first tick made the Checklist ticks sheet: from now on validation warns about checklists. */
export function markChecklistsInUse(): void {
  documentProperties().setProperty(CHECKLISTS_IN_USE, '1');
}
