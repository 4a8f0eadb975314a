/**
 * A producer's statement for one month, laid out to share: the Payouts row's amounts, the sales by
 * source from Results, the clawbacks both ways, and the notes. It is written from the Payouts row
 * as it stands (approved and paid rows are what was agreed), never computed again here.
 */
import type { DocCell, DocRow } from '../brief/document';
import type { MonthSales } from './month-sales';
import { PAYOUTS_COLUMNS, type PayoutRecord } from './payouts-sheet';

/** Sheet names hold at most 100 characters; an ID longer than this gets no statement. */
export const MAX_SHEET_NAME = 100;

export const statementSheetName = (id: string, month: string): string => `Statement ${id} ${month}`;

/** The first words of a statement's title, by which a sheet is known to hold that statement. */
export const statementTitlePrefix = (id: string, month: string): string =>
  `${statementSheetName(id, month)}: `;

const text = (value: unknown): DocCell => ({
  kind: 'text',
  text: value === null || value === undefined ? '' : String(value),
});
/** A money cell: a number as money, anything a person typed instead as the text it is. */
const amount = (value: unknown): DocCell =>
  typeof value === 'number' && Number.isFinite(value) ? { kind: 'money', value } : text(value);
const line = (label: string, cell: DocCell): DocRow => ({ style: 'body', cells: [text(label), cell] });

/** Columns of a statement sheet: wide enough for the sales table. */
export const STATEMENT_WIDTH = 4;

export interface StatementContext {
  /** When the statement was written, ISO yyyy-mm-dd. */
  readonly written: string;
}

export function statementDocument(
  record: PayoutRecord,
  sales: MonthSales | undefined,
  context: StatementContext,
): DocRow[] {
  const c = record.cells;
  const id = String(c.id ?? '').trim();
  const month = String(c.month ?? '').trim();
  const rows: DocRow[] = [
    { style: 'title', cells: [text(`${statementTitlePrefix(id, month)}${String(c.producer ?? '').trim()}`)] },
    line('Status', text(String(c.status ?? '').trim() || 'pending')),
    { style: 'body', cells: [text('Written'), { kind: 'date', iso: context.written }] },
    { style: 'blank', cells: [] },
    { style: 'heading', cells: [text('Payout')] },
    line(PAYOUTS_COLUMNS.baseFee, amount(c.baseFee)),
    line(`${PAYOUTS_COLUMNS.attributedSales} (net of refunds)`, amount(c.attributedSales)),
    line(`${PAYOUTS_COLUMNS.commission} (with any bonus, after any cap)`, amount(c.commission)),
    line(PAYOUTS_COLUMNS.clawback, amount(c.clawback)),
  ];
  if (String(c.clawbackFor ?? '') !== '') rows.push(line('  for paid months', text(c.clawbackFor)));
  rows.push({ style: 'heading', cells: [text(PAYOUTS_COLUMNS.totalDue), amount(c.totalDue)] });
  if (String(c.clawedBackLater ?? '') !== '')
    rows.push({
      style: 'flag',
      cells: [text('Refunds after payment, clawed back later'), text(c.clawedBackLater)],
    });
  rows.push({ style: 'blank', cells: [] }, { style: 'heading', cells: [text('Attributed sales by source')] });
  if (!sales || sales.sources.length === 0) rows.push(line('No Results for this month', text('')));
  else {
    rows.push({ style: 'tableHeader', cells: ['Source', 'Sales', 'Refunds', 'Net'].map(text) });
    for (const s of sales.sources)
      rows.push({
        style: 'body',
        cells: [text(s.source), amount(s.sales), amount(s.refunds), amount(s.sales - s.refunds)],
      });
    rows.push({
      style: 'tableHeader',
      cells: [text('Total'), amount(sales.sales), amount(sales.refunds), amount(sales.net)],
    });
  }
  if (String(c.notes ?? '') !== '')
    rows.push(
      { style: 'blank', cells: [] },
      { style: 'heading', cells: [text('Notes')] },
      { style: 'body', cells: [text(c.notes)] },
    );
  return rows;
}
