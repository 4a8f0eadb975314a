import { SalesByProducer, topProducers } from '../core/concentration/concentration';
import { commonHeight, type RowArg, rowArg } from '../core/grid';
import { listFirst } from '../core/messages';
import { CELL_MAX_CHARACTERS, shortText } from '../core/user-text';
import { CallError, describeValue, isBlank, RowError, toNonNegative } from '../core/values';
import { asCallError } from './rows';

const CONCENTRATION_HEADER = ['Top producer', 'Top share', 'HHI', 'Label'] as const;

/**
 * The producers tied at the top, within one cell: one name whole; several, the first five cut to
 * about 80 characters each, then how many more (50,000 tied names would fill 389,000 characters).
 */
function topNames(names: readonly string[]): string {
  if (names.length === 1) return shortText(names[0], CELL_MAX_CHARACTERS);
  return listFirst(names.map((name) => shortText(name)));
}

/**
 * One table for the whole range, so a bad row cannot be shown in its own cell: it fails the call,
 * naming the row (1 = the range's first row), rather than being left out of the shares.
 *
 * With `sales_ids` and `producer_ids` (optional, together), sales are keyed by partnership ID, as
 * the Results sheet holds them, and credited to the producer of that ID: `producers` and
 * `producer_ids` are the Pipeline's columns, `sales` and `sales_ids` the Results' (each pair of one
 * height). Without them, the call is exactly as before.
 */
export function partnerConcentration(
  producers: unknown,
  sales: unknown,
  salesIds?: unknown,
  producerIds?: unknown,
) {
  try {
    if (producers === undefined || sales === undefined) throw new CallError('needs producers and sales');
    const byId = salesIds !== undefined || producerIds !== undefined;
    if (byId && (salesIds === undefined || producerIds === undefined))
      throw new CallError('sales_ids and producer_ids go together: give both, or neither');
    const names = rowArg(producers, 'producers')!;
    const amounts = rowArg(sales, 'sales')!;
    const byProducer = new SalesByProducer();
    if (byId)
      creditById(
        byProducer,
        names,
        amounts,
        rowArg(salesIds, 'sales_ids')!,
        rowArg(producerIds, 'producer_ids')!,
      );
    else creditByRow(byProducer, names, amounts);
    if (!Number.isFinite(byProducer.total))
      throw new CallError('sales add up to more than a number can hold');
    const result = byProducer.concentration();
    if (!result) return [[...CONCENTRATION_HEADER], ['', '', '', 'no sales yet']];
    const top = topProducers(result);
    return [
      [...CONCENTRATION_HEADER],
      [topNames(top.map((p) => p.name)), top[0].share, result.hhi, result.label],
    ];
  } catch (error) {
    throw asCallError('PARTNER_CONCENTRATION', error);
  }
}

/** A row's sales as a number of 0 or more, or the call error naming the row. */
function amountAt(amounts: RowArg, i: number): number {
  try {
    return toNonNegative(amounts.at(i), 'sales');
  } catch (error) {
    if (error instanceof RowError) throw new CallError(`row ${i + 1}: ${error.message}`);
    throw error;
  }
}

function creditByRow(byProducer: SalesByProducer, names: RowArg, amounts: RowArg): void {
  const height = commonHeight([
    ['producers', names],
    ['sales', amounts],
  ]);
  for (let i = 0; i < height; i++) {
    const name = names.at(i);
    const amount = amounts.at(i);
    const noName = isBlank(name);
    if (noName && isBlank(amount)) continue;
    if (noName) throw new CallError(`row ${i + 1}: sales ${describeValue(amount)} have no producer`);
    if (isBlank(amount)) continue; // a producer without sales yet holds no share
    byProducer.add(name, amountAt(amounts, i));
  }
}

function creditById(
  byProducer: SalesByProducer,
  names: RowArg,
  amounts: RowArg,
  salesIds: RowArg,
  producerIds: RowArg,
): void {
  const producerRows = commonHeight([
    ['producers', names],
    ['producer_ids', producerIds],
  ]);
  // A Map: IDs are user text, and "constructor" is a fine ID. The first row of an ID wins.
  const producerOf = new Map<string, unknown>();
  for (let i = 0; i < producerRows; i++) {
    const id = String(producerIds.at(i) ?? '').trim();
    if (id !== '' && !isBlank(names.at(i)) && !producerOf.has(id)) producerOf.set(id, names.at(i));
  }
  const salesRows = commonHeight([
    ['sales', amounts],
    ['sales_ids', salesIds],
  ]);
  for (let i = 0; i < salesRows; i++) {
    const id = salesIds.at(i);
    const amount = amounts.at(i);
    if (isBlank(amount)) continue; // a source that reports no sales (views only)
    if (isBlank(id)) throw new CallError(`row ${i + 1}: sales ${describeValue(amount)} have no ID`);
    const producer = producerOf.get(String(id).trim());
    if (producer === undefined)
      throw new CallError(`row ${i + 1}: ID ${describeValue(id)} is not among producer_ids`);
    byProducer.add(producer, amountAt(amounts, i));
  }
}
