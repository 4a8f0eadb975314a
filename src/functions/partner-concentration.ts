import { SalesByProducer, topProducers } from '../core/concentration/concentration';
import { commonHeight, rowArg } from '../core/grid';
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
 */
export function partnerConcentration(producers: unknown, sales: unknown) {
  try {
    if (producers === undefined || sales === undefined) throw new CallError('needs producers and sales');
    const names = rowArg(producers, 'producers')!;
    const amounts = rowArg(sales, 'sales')!;
    const height = commonHeight([
      ['producers', names],
      ['sales', amounts],
    ]);
    const byProducer = new SalesByProducer();
    for (let i = 0; i < height; i++) {
      const name = names.at(i);
      const amount = amounts.at(i);
      const noName = isBlank(name);
      if (noName && isBlank(amount)) continue;
      if (noName) throw new CallError(`row ${i + 1}: sales ${describeValue(amount)} have no producer`);
      if (isBlank(amount)) continue; // a producer without sales yet holds no share
      let value: number;
      try {
        value = toNonNegative(amount, 'sales');
      } catch (error) {
        if (error instanceof RowError) throw new CallError(`row ${i + 1}: ${error.message}`);
        throw error;
      }
      byProducer.add(name, value);
    }
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
