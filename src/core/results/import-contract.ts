/**
 * What the import dialog and the server say to each other (google.script.run: plain JSON, no Date).
 * The dialog asks once, when it opens, for the partnerships it attributes rows to; it parses the
 * file itself and sends only the totals per partnership and month.
 */
import type { ResultMetric, ResultSource } from './results-sheet';

/** One partnership as attribution sees it: its ID, the campaigns of its links, its discount codes. */
export interface PartnershipTags {
  readonly id: string;
  readonly producer: string;
  /** utm_campaign values of the row's UTM link (the ID itself always matches too). */
  readonly campaigns: readonly string[];
  /** The row's Discount code cell, split at commas (empty without the optional column). */
  readonly codes: readonly string[];
}

export interface ImportContext {
  readonly partnerships: readonly PartnershipTags[];
  /** The currency money is kept in (Assumptions' Currency, else the Results sheet's), or null. */
  readonly currency: string | null;
  /** Where that currency comes from, for the dialog to say. */
  readonly currencyFrom: 'Assumptions' | 'Results' | null;
  /** Whether the Pipeline has the optional Discount code column. */
  readonly hasCodeColumn: boolean;
}

/** One partnership's totals for one month, as the dialog sends them. */
export interface ImportTotal {
  readonly id: string;
  readonly month: string;
  readonly metrics: Readonly<Record<ResultMetric, number | null>>;
}

export interface ImportPayload {
  readonly source: ResultSource;
  /** The file's name (or "pasted text"), for the message only. */
  readonly fileName: string;
  /** The file's currency ("" when it reports none). */
  readonly currency: string;
  readonly totals: readonly ImportTotal[];
  /** Rows read and rows no partnership matched, so the server's message can repeat them. */
  readonly rowsRead: number;
  readonly unattributedRows: number;
}

export interface ImportOutcome {
  readonly message: string;
  readonly added: number;
  readonly replaced: number;
  readonly unchanged: number;
  /** `ID month` of each row whose earlier totals this import replaced. */
  readonly replacedRows: readonly string[];
}

/** The server functions the import dialog calls (top-level entry points of the same names). */
export interface ImportApi {
  getImportContext(): ImportContext;
  importResults(payload: ImportPayload): ImportOutcome;
}

export const IMPORT_API_NAMES: readonly (keyof ImportApi)[] = ['getImportContext', 'importResults'];
