/**
 * From an export's rows to totals per partnership and month: each row (or each Shopify order, its
 * line items taken together) is attributed to one partnership by its campaign (the ID, or the
 * utm_campaign of the partnership's link) or its discount code, and its metrics are summed. Rows
 * no partnership matches, or that match several, are counted and listed, never dropped silently;
 * a value that cannot be read stops the import with its row named.
 */
import type { DecimalSeparator } from '../locale';
import { listFirst, quantity } from '../messages';
import { textKey } from '../values';
import { type Directory, tagKey } from './directory';
import { readAmount, readMonth, reportRange, slashOrderOf } from './export-cells';
import { records, remembered } from './export-records';
import type { ExportTable } from './export-text';
import { type ColumnMapping, type ImportRole, METRIC_ROLES, ROLE_LABELS } from './formats';
import type { ImportTotal } from './import-contract';
import { noMetrics, type ResultMetric, type ResultSource } from './results-sheet';

export interface ImportOptions {
  readonly source: ResultSource;
  readonly mapping: ColumnMapping;
  /** Every row belongs to this partnership (a producer's own channel export), or null. */
  readonly wholeFile: string | null;
  /** The workbook's currency, or null when it has none yet. */
  readonly currency: string | null;
}

export interface Unattributed {
  /** The campaign or code as the file writes it ("(blank)" for none). */
  readonly value: string;
  /** Why: "no partnership" or "matches P-0001, P-0002". */
  readonly reason: string;
  readonly rows: number;
}

export interface ImportPreview {
  readonly source: ResultSource;
  readonly totals: readonly ImportTotal[];
  readonly rowsRead: number;
  readonly attributedRows: number;
  readonly unattributedRows: number;
  /** Grouped by value, most rows first. */
  readonly unattributed: readonly Unattributed[];
  /** Problems that stop the import (nothing is sent while there are any). */
  readonly problems: readonly string[];
  /** What the person should know but that does not stop it. */
  readonly notes: readonly string[];
  /** The file's currency, "" when it has none. */
  readonly currency: string;
}

const TOTAL_ROWS = new Set(['total', 'totals', 'grand total']);
const VOIDED = new Set(['voided']);
const CURRENCY_CODE = /^[A-Z]{3}$/;
const MONEY: readonly ResultMetric[] = ['attributedSales', 'refunds'];
const SHOWN_PROBLEMS = 8;
const ENGAGEMENT_PARTS: readonly ImportRole[] = ['likes', 'comments', 'shares'];

type Sums = Record<ResultMetric, number | null>;
const emptySums = (): Sums => noMetrics();
/** Money to the cent, so sums of cents never show 0.30000000000000004. */
const cents = (n: number) => Math.round(n * 100) / 100;

function mappingProblems(options: ImportOptions, hasRange: boolean): string[] {
  const { mapping } = options;
  const problems: string[] = [];
  if (mapping.date === undefined && !hasRange) {
    problems.push('Choose the column holding the date or month.');
  }
  // An order number counts as a measure too: a Shopify file's orders are counted from it.
  const measures: readonly ImportRole[] = [...METRIC_ROLES, 'order'];
  if (!measures.some((role) => mapping[role] !== undefined)) {
    problems.push('Choose at least one metric column (sessions, orders, sales, views, engagement…).');
  }
  if (options.wholeFile === null && mapping.campaign === undefined && mapping.code === undefined) {
    problems.push(
      'Choose the column with the campaign or partnership ID, or the discount code, or pick the partnership the whole file belongs to.',
    );
  }
  return problems;
}

export function previewImport(
  table: ExportTable,
  directory: Directory,
  options: ImportOptions,
): ImportPreview {
  const { mapping, source } = options;
  const range = reportRange(table.comments);
  const singleMonth = range && range.start === range.end ? range.start : null;
  const problems = mappingProblems(options, singleMonth !== null);
  const notes = [...table.notes];
  if (options.wholeFile !== null && !directory.ids.has(options.wholeFile)) {
    problems.push(`${options.wholeFile} is not in the Pipeline.`);
  }
  const base = {
    source,
    totals: [] as ImportTotal[],
    rowsRead: table.rows.length,
    attributedRows: 0,
    unattributedRows: 0,
    unattributed: [] as Unattributed[],
    notes,
    currency: '',
  };
  if (problems.length > 0) return { ...base, problems };

  const decimal: DecimalSeparator = table.delimiter === ';' ? ',' : '.';
  const dateColumn = mapping.date;
  const order = slashOrderOf(dateColumn === undefined ? [] : table.rows.map((r) => r[dateColumn] ?? ''));
  const rowProblems: string[] = [];
  const problem = (rowNumber: number, text: string) => {
    rowProblems.push(`Row ${rowNumber}: ${text}`);
  };
  const totals = new Map<string, { id: string; month: string; sums: Sums }>();
  const unattributed = new Map<string, { value: string; reason: string; rows: number }>();
  const currencies = new Set<string>();
  let totalRows = 0;
  let voided = 0;
  let attributedRows = 0;
  let unattributedRows = 0;

  let row: readonly string[] = [];
  let rowNumber = 0;
  const cell = (role: ImportRole): string => {
    const index = mapping[role];
    return index === undefined ? '' : (row[index] ?? '');
  };
  const amount = (role: ImportRole): number | null => {
    if (mapping[role] === undefined) return null;
    const text = cell(role);
    const value = readAmount(text, decimal);
    if (value === undefined) {
      problem(rowNumber, `${ROLE_LABELS[role]} "${text.trim().slice(0, 30)}" is not a number`);
      return null;
    }
    return value;
  };
  const monthOf = remembered((text) => readMonth(text, order));
  const lookup = (map: ReadonlyMap<string, readonly string[]>) =>
    remembered((text: string) => (text === '' ? undefined : map.get(tagKey(text))));
  const byCampaign = lookup(directory.byCampaign);
  const byCode = lookup(directory.byCode);
  const sumInto = (sums: Sums, metric: ResultMetric, role: ImportRole) => {
    const value = amount(role);
    if (value !== null) sums[metric] = (sums[metric] ?? 0) + value;
  };

  const all = records(table, mapping);
  for (let r = 0; r < all.rows.length; r++) {
    row = all.rows[r];
    rowNumber = all.rowNumbers[r];
    const first = row[0] ?? '';
    if (first.length <= 12 && TOTAL_ROWS.has(textKey(first)) && cell('date').trim() === '') {
      totalRows++;
      continue;
    }
    if (mapping.status !== undefined && VOIDED.has(textKey(cell('status')))) {
      voided++;
      continue;
    }
    let month: string | null = singleMonth;
    if (dateColumn !== undefined) {
      const read = monthOf(cell('date'));
      if ('month' in read) month = read.month;
      else if ('monthNumber' in read) {
        if (range && range.start.slice(0, 4) === range.end.slice(0, 4)) {
          month = `${range.start.slice(0, 4)}-${String(read.monthNumber).padStart(2, '0')}`;
        } else {
          problem(
            rowNumber,
            `month ${read.monthNumber} has no year: add the Year month dimension to the report`,
          );
          continue;
        }
      } else {
        problem(rowNumber, read.problem);
        continue;
      }
    }
    if (month === null) continue; // unreachable: mappingProblems requires a date or a one-month range
    if (mapping.currency !== undefined) {
      const code = cell('currency').trim().toUpperCase();
      if (code !== '') {
        if (CURRENCY_CODE.test(code)) currencies.add(code);
        else problem(rowNumber, `currency "${code.slice(0, 20)}" is not a three-letter code`);
      }
    }

    let id: string | null = options.wholeFile;
    if (id === null) {
      const campaign = cell('campaign').trim();
      const code = cell('code').trim();
      const found = byCampaign(campaign) ?? byCode(code);
      if (found && found.length === 1) id = found[0];
      else {
        unattributedRows++;
        const value = campaign || code || '(blank)';
        const reason = found ? `matches ${found.join(', ')}` : 'no partnership';
        const key = `${value}\u0000${reason}`;
        const entry = unattributed.get(key);
        if (entry) entry.rows++;
        else unattributed.set(key, { value, reason, rows: 1 });
        continue;
      }
    }

    attributedRows++;
    const key = `${id}|${month}`;
    let total = totals.get(key);
    if (!total) {
      total = { id, month, sums: emptySums() };
      totals.set(key, total);
    }
    const sums = total.sums;
    sumInto(sums, 'sessions', 'sessions');
    if (mapping.order !== undefined) sums.orders = (sums.orders ?? 0) + 1;
    else sumInto(sums, 'orders', 'orders');
    sumInto(sums, 'attributedSales', 'sales');
    sumInto(sums, 'refunds', 'refunds');
    sumInto(sums, 'views', 'views');
    if (mapping.engagement !== undefined) sumInto(sums, 'engagement', 'engagement');
    else for (const role of ENGAGEMENT_PARTS) sumInto(sums, 'engagement', role);
  }

  if (rowProblems.length > 0) {
    problems.push(
      ...rowProblems.slice(0, SHOWN_PROBLEMS),
      ...(rowProblems.length > SHOWN_PROBLEMS
        ? [`…and ${quantity(rowProblems.length - SHOWN_PROBLEMS, 'more row')} like these.`]
        : []),
    );
  }
  const found = [...currencies];
  if (found.length > 1) {
    problems.push(`The file mixes currencies (${listFirst(found)}): import one currency at a time.`);
  }
  const fileCurrency = found.length === 1 ? found[0] : '';
  const hasMoney = mapping.sales !== undefined || mapping.refunds !== undefined;
  if (fileCurrency !== '' && options.currency !== null && fileCurrency !== options.currency && hasMoney) {
    problems.push(
      `The file's amounts are in ${fileCurrency}, the workbook's in ${options.currency} (Assumptions' Currency): convert the file, or change the Currency, rather than add up two currencies.`,
    );
  }
  if (totalRows > 0) notes.push(`${quantity(totalRows, 'totals row')} left out (the export's own sums).`);
  if (voided > 0) notes.push(`${quantity(voided, 'voided order')} left out.`);
  if (fileCurrency === '' && hasMoney) {
    notes.push(
      options.currency
        ? `The file names no currency: amounts are taken as ${options.currency}, the workbook's currency.`
        : 'The file names no currency, and the workbook has none set in Assumptions.',
    );
  }

  const list = [...totals.values()]
    .sort((a, b) => (a.id === b.id ? a.month.localeCompare(b.month) : a.id.localeCompare(b.id)))
    .map(({ id, month, sums }) => {
      for (const metric of MONEY) if (sums[metric] !== null) sums[metric] = cents(sums[metric]!);
      return { id, month, metrics: sums };
    });
  return {
    ...base,
    totals: list,
    attributedRows,
    unattributedRows,
    unattributed: [...unattributed.values()].sort(
      (a, b) => b.rows - a.rows || a.value.localeCompare(b.value),
    ),
    problems,
    currency: fileCurrency || (hasMoney ? (options.currency ?? '') : ''),
  };
}
