/**
 * What the Pipeline's onEdit needs of the Results sheet (the latest results month per partnership),
 * kept in the document cache so an edit does not read Results at all most of the time. Validate all
 * rows (and a debrief) reads Results once and refreshes it, and records in the document properties
 * whether a Results sheet exists: an edit in a workbook without one costs nothing more (the
 * properties are read anyway). An edit that finds no summary reads only Results' header and its ID,
 * Month and Source columns, once, and keeps what it found for CACHE_SECONDS. An import that writes
 * Results calls resultsChanged() so the next edit sees the new months at once; anything else (a
 * person typing into Results) is seen within CACHE_SECONDS.
 * CacheService: values up to 100 KB, so the summary is stored in pieces
 * (https://developers.google.com/apps-script/reference/cache/cache#putAll(Object,Integer)).
 */
import { latestMonths } from '../core/results/monthly-results';
import { mapResultsColumns, RESULTS_SHEET } from '../core/results/results-sheet';
import { type ResultsRead, resultsFromValues } from './results-read';
import { RESULTS_IN_USE } from './state';

const KEY = 'pp.results.latest';
const CACHE_SECONDS = 15 * 60;
const PIECE = 90_000;

/** undefined: no Results sheet (no warnings); otherwise the latest month by ID. */
export type LatestResults = ReadonlyMap<string, string> | undefined;

const cache = () => CacheService.getDocumentCache();

function remember(latest: LatestResults): void {
  const text = JSON.stringify(latest === undefined ? null : [...latest]);
  const pieces: Record<string, string> = {};
  let n = 0;
  for (let at = 0; at < text.length || n === 0; at += PIECE)
    pieces[`${KEY}#${n++}`] = text.slice(at, at + PIECE);
  pieces[KEY] = String(n);
  cache()?.putAll(pieces, CACHE_SECONDS);
}

/** One cache call when the summary fits one piece (a few thousand partnerships), two otherwise. */
function recall(): { found: boolean; latest?: LatestResults } {
  const c = cache();
  if (!c) return { found: false };
  const first = c.getAll([KEY, `${KEY}#0`]);
  const count = Number(first[KEY]);
  if (!(count >= 1) || first[`${KEY}#0`] === undefined) return { found: false };
  let text = first[`${KEY}#0`];
  if (count > 1) {
    const keys = Array.from({ length: count - 1 }, (_, i) => `${KEY}#${i + 1}`);
    const rest = c.getAll(keys);
    for (const key of keys) {
      if (rest[key] === undefined) return { found: false };
      text += rest[key];
    }
  }
  try {
    const parsed = JSON.parse(text) as [string, string][] | null;
    return { found: true, latest: parsed === null ? undefined : new Map(parsed) };
  } catch {
    return { found: false };
  }
}

/** After a full read of Results (Validate all rows, a debrief): keep its summary. */
export function rememberResults(read: ResultsRead): LatestResults {
  const latest = read.present ? latestMonths(read.rows) : undefined;
  remember(latest);
  markInUse(read.present);
  return latest;
}

function markInUse(present: boolean): void {
  const properties = PropertiesService.getDocumentProperties();
  if ((properties.getProperty(RESULTS_IN_USE) === '1') === present) return;
  if (present) properties.setProperty(RESULTS_IN_USE, '1');
  else properties.deleteProperty(RESULTS_IN_USE);
}

/** For an edit: the kept summary, or one read of Results' ID and Month columns. */
export function latestResultsForEdit(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): LatestResults {
  const kept = recall();
  if (kept.found) return kept.latest;
  const latest = readLatest(ss);
  remember(latest);
  return latest;
}

/** Call after writing Results (under the document lock), so no edit works from the old months. */
export function resultsChanged(): void {
  cache()?.remove(KEY);
  markInUse(true);
}

/** Only the columns the summary needs (ID, Month, Source: adjacent in the import's layout). */
function readLatest(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): LatestResults {
  const sheet = ss.getSheetByName(RESULTS_SHEET);
  if (!sheet) return undefined;
  const last = sheet.getLastRow();
  const header = sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0];
  const { id, month, source } = mapResultsColumns(header);
  if (id === undefined || month === undefined || source === undefined || last < 2) return new Map();
  const first = Math.min(id, month, source);
  const width = Math.max(id, month, source) - first + 1;
  const block = sheet.getRange(2, first + 1, last - 1, width).getValues();
  return latestMonths(resultsFromValues([header.slice(first, first + width), ...block]).rows);
}
