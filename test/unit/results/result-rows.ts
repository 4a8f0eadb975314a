// Results rows for the core's unit tests, as readResultRows gives them.
import { noMetrics, type ResultTotals } from '../../../src/core/results/results-sheet';

export const metrics = (m: Partial<ResultTotals['metrics']>): ResultTotals['metrics'] => ({
  ...noMetrics(),
  ...m,
});

export const resultRow = (
  id: string,
  month: string,
  source: ResultTotals['source'],
  m: Partial<ResultTotals['metrics']>,
): ResultTotals => ({ id, month, source, currency: 'USD', metrics: metrics(m) });
