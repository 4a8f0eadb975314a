/**
 * The debrief's server functions (called by the debrief sidebar through google.script.run): read
 * the Pipeline row, the brief's targets, the partnership's Results and the Assumptions once each,
 * compare with the core, and write the `Debrief P-0001` sheet and the row's Debrief link under the
 * document lock. Nothing here changes a Stage or the Debrief done tick: the suggestion is advice.
 */
import { briefTitlePrefix } from '../core/brief/document';
import { type DebriefInput, debrief, type ForecastBasis } from '../core/debrief/debrief';
import { debriefDocument } from '../core/debrief/document';
import {
  type DebriefNotes,
  emptyDebriefForm,
  normalizeDebriefForm,
  readDebriefForm,
} from '../core/debrief/input';
import {
  type BriefTargets,
  NO_TARGETS,
  targetsFromBriefSheet,
  targetsFromDraft,
} from '../core/debrief/targets';
import { debriefPreview, type WriteDebriefResult } from '../core/debrief/view';
import { ASSUMPTIONS_SHEET } from '../core/forecast/assumptions';
import { parseAssumptions } from '../core/forecast/plan';
import { type PipelineRow, parseStage, type Stage, stageIndex } from '../core/lifecycle/pipeline';
import { BUSY_TOAST } from '../core/messages';
import { monthlyResults } from '../core/results/monthly-results';
import type { DebriefContext } from '../core/sidebar-contract';
import { isBlank } from '../core/values';
import { briefSheetName } from '../sheets/brief-sheet';
import { debriefSheetName, linkDebrief, writeDebriefSheet } from '../sheets/debrief-sheet';
import { withDocumentLock } from '../sheets/lock';
import { readResults } from '../sheets/results-read';
import { rememberResults } from '../sheets/results-summary';
import { sheetValues } from '../sheets/sheet-values';
import { dateToYearMonth, spreadsheetTimeZone } from '../sheets/time-zone';
import { validateEditedRows } from '../sheets/validate';
import { loadDraft } from './drafts';
import { findPartnership, type PipelineSnapshot, readPipeline, selectedId, summaries } from './partnerships';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const FROM: Stage = 'Measurement';

/** Why a row cannot be debriefed yet, or null. */
function blockedReason(id: string, row: PipelineRow): string | null {
  const stage = parseStage(row.stage);
  if (stage && stageIndex(stage) >= stageIndex(FROM)) return null;
  const at = stage ? `is at ${stage}` : 'has no stage';
  return `${id} ${at}: a debrief is written from ${FROM} on, once there are results to compare.`;
}

/** The brief sheet when it holds this brief, else the user's kept draft. */
function briefTargets(ss: Spreadsheet, id: string, timeZone: string): BriefTargets {
  const name = briefSheetName(id);
  const sheet = ss.getSheetByName(name);
  if (sheet) {
    const values = sheetValues(sheet);
    if (String(values[0]?.[0] ?? '').startsWith(briefTitlePrefix(id)))
      return targetsFromBriefSheet(values, name, (d) => dateToYearMonth(d, timeZone));
  }
  const kept = loadDraft(ss.getId(), id);
  return kept ? targetsFromDraft(kept.draft) : NO_TARGETS;
}

function forecastBasis(ss: Spreadsheet, timeZone: string): ForecastBasis | { problem: string } {
  const sheet = ss.getSheetByName(ASSUMPTIONS_SHEET);
  if (!sheet) return { problem: 'there is no Assumptions sheet (run Set up workbook)' };
  const toYearMonth = (d: Date) => dateToYearMonth(d, timeZone);
  // The start month is not used here, so "this month" may read as any month.
  const { assumptions, problems } = parseAssumptions(sheet.getRange('A:B').getValues(), toYearMonth, {
    year: 2000,
    month: 1,
  });
  if (!assumptions) return { problem: `the Assumptions could not be read: ${problems.join('; ')}` };
  const base = assumptions.scenarios.find((s) => s.name === 'Base')!;
  return {
    baseMultiple: base.multiple,
    hiddenCostRate: assumptions.hiddenCostRate,
    rampMonths: assumptions.rampMonths,
  };
}

interface Gathered {
  readonly snapshot: PipelineSnapshot;
  readonly found: ReturnType<typeof findPartnership>;
  readonly targets: BriefTargets;
  readonly input: Omit<DebriefInput, 'notes'>;
  readonly timeZone: string;
}

/** Every read a debrief needs, once each. `underLock`: also refresh the edit trigger's summary. */
function gather(id: string, snapshot: PipelineSnapshot, underLock: boolean): Gathered {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const found = findPartnership(snapshot, id);
  const timeZone = spreadsheetTimeZone();
  const targets = briefTargets(ss, id, timeZone);
  const results = readResults(ss);
  // The edit trigger's summary, fresh for free; it records a property, so only under the lock.
  if (underLock) rememberResults(results);
  const months = monthlyResults(results.rows).get(id) ?? [];
  const currencies = [...new Set(results.rows.filter((r) => r.id === id).map((r) => r.currency))];
  return {
    snapshot,
    found,
    targets,
    timeZone,
    input: {
      targets,
      months,
      baseFee: found.row.baseFee,
      commission: found.row.commission,
      forecast: forecastBasis(ss, timeZone),
      currencies,
    },
  };
}

const requireId = (id: unknown): string => {
  if (typeof id !== 'string' || id.trim() === '')
    throw new Error('No partnership chosen: pick one from the list.');
  return id.trim();
};

const NO_NOTES: DebriefNotes = readDebriefForm(emptyDebriefForm()).notes!;

export function getDebriefContext(id: string | null): DebriefContext {
  const snapshot = readPipeline();
  const partnerships = summaries(snapshot);
  const wanted = typeof id === 'string' && id.trim() !== '' ? id.trim() : selectedId(snapshot);
  if (wanted === null)
    return { partnership: null, partnerships, blocked: null, preview: null, debriefSheet: null };
  const found = findPartnership(snapshot, wanted);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const debriefSheet = ss.getSheetByName(debriefSheetName(wanted)) ? debriefSheetName(wanted) : null;
  const blocked = blockedReason(wanted, found.row);
  if (blocked) return { partnership: found.summary, partnerships, blocked, preview: null, debriefSheet };
  const g = gather(wanted, snapshot, false);
  const result = debrief({ ...g.input, notes: NO_NOTES });
  return {
    partnership: found.summary,
    partnerships,
    blocked: null,
    preview: debriefPreview(result, g.targets.from, g.input.months.length),
    debriefSheet,
  };
}

export function writeDebrief(id: string, input: unknown): WriteDebriefResult {
  const wanted = requireId(id);
  const { notes, errors } = readDebriefForm(normalizeDebriefForm(input));
  if (!notes) return { ok: false, errors };
  const outcome = withDocumentLock(() => {
    const snapshot = readPipeline();
    const found = findPartnership(snapshot, wanted);
    const blocked = blockedReason(wanted, found.row);
    if (blocked) throw new Error(blocked);
    const g = gather(wanted, snapshot, true);
    const result = debrief({ ...g.input, notes });
    const written = Utilities.formatDate(new Date(), g.timeZone, 'yyyy-MM-dd');
    const header = {
      id: wanted,
      producer: found.summary.producer,
      stage: found.summary.stage,
      written,
    };
    const rows = debriefDocument(header, g.targets, result, notes);
    const name = debriefSheetName(wanted);
    const column = snapshot.map.debrief;
    const cell = column === undefined ? '' : snapshot.rows[found.index][column];
    // A row whose Debrief cell does not name the sheet most likely has none: insert before looking.
    const sheet = writeDebriefSheet(wanted, rows, g.timeZone, String(cell).trim() !== name);
    const note = linkDebrief(
      {
        pipeline: snapshot.sheet,
        sheetRow: found.index + 2,
        column,
        width: snapshot.rows[0]?.length ?? 0,
        current: cell,
      },
      sheet,
      name,
    );
    const tick =
      isBlank(found.row.debriefDone) || found.row.debriefDone === false
        ? ' Tick Debrief done once it is shared with the producer.'
        : '';
    return {
      where: { sheet: snapshot.sheet, row: found.index + 2 },
      ok: true as const,
      sheetName: name,
      message: `Debrief written to sheet "${name}".${note}${tick}`,
      suggestion: result.suggestion,
      reasons: result.reasons,
      preview: debriefPreview(result, g.targets.from, g.input.months.length),
    };
  });
  if (!outcome.ran) throw new Error(BUSY_TOAST);
  const { where, ...written } = outcome.value;
  // A script's write fires no onEdit: bring the row's Status (its "no debrief" warning) up to date.
  validateEditedRows(where.sheet, where.row, 1);
  return written;
}
