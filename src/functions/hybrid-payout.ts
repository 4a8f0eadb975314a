import { asColumn, commonHeight, type RowArg, rowArg, toGrid, width } from '../core/grid';
import { type Commission, parseTierTable, payoutFromCells } from '../core/payout';
import { CallError, isBlank } from '../core/values';
import { asCallError, type CellResult, computeRow } from './rows';

/** A two-column commission range is always a tier table shared by every row. */
function readTierTable(commission: unknown): Commission | undefined {
  const grid = toGrid(commission);
  if (grid === undefined || width(grid) !== 2) return undefined;
  return { kind: 'tiers', tiers: parseTierTable(grid) };
}

export function hybridPayout(
  baseFee: unknown,
  commission: unknown,
  attributedSales: unknown,
  bonusThreshold?: unknown,
  bonusAmount?: unknown,
  cap?: unknown,
) {
  try {
    if (baseFee === undefined || commission === undefined || attributedSales === undefined) {
      throw new CallError('needs base_fee, commission and attributed_sales (leave a cell blank for none)');
    }
    const tiers = readTierTable(commission);
    const args: Array<[string, RowArg | undefined]> = [
      ['base_fee', rowArg(baseFee, 'base_fee')],
      ['commission', tiers ? undefined : rowArg(commission, 'commission')],
      ['attributed_sales', rowArg(attributedSales, 'attributed_sales')],
      ['bonus_threshold', rowArg(bonusThreshold, 'bonus_threshold')],
      ['bonus_amount', rowArg(bonusAmount, 'bonus_amount')],
      ['cap', rowArg(cap, 'cap')],
    ];
    const height = commonHeight(args);
    const [fee, rate, sales, threshold, amount, limit] = args.map(([, arg]) => arg);
    // Scalars apply to every row, so only the columns decide whether a row is blank.
    const columns = args.map(([, arg]) => arg).filter((arg): arg is RowArg => arg?.isColumn === true);
    const results: CellResult[] = new Array(height);
    for (let i = 0; i < height; i++) {
      if (columns.length > 0 && columns.every((column) => isBlank(column.at(i)))) {
        results[i] = '';
        continue;
      }
      if (
        columns.length === 0 &&
        isBlank(fee!.at(i)) &&
        (tiers || isBlank(rate!.at(i))) &&
        isBlank(sales!.at(i))
      ) {
        results[i] = '';
        continue;
      }
      results[i] = computeRow(() =>
        payoutFromCells(
          {
            baseFee: fee!.at(i),
            commission: rate?.at(i),
            sales: sales!.at(i),
            bonusThreshold: threshold?.at(i),
            bonusAmount: amount?.at(i),
            cap: limit?.at(i),
          },
          tiers,
        ),
      );
    }
    return asColumn(results);
  } catch (error) {
    throw asCallError('HYBRID_PAYOUT', error);
  }
}
