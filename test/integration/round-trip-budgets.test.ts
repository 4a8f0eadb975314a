// The round-trip budgets of scripts/bench.ts (ROUND_TRIP_BUDGETS), checked on the built bundle in
// `npm test` too: counts are exact, so a change that costs an action another round trip fails here.
import { actionCosts, overBudget, ROUND_TRIP_BUDGETS } from '../../scripts/bench';
import { CODE } from './harness';

describe('round trips per action', () => {
  const small = actionCosts(CODE, 60);

  it('measures every action of the budget table, each within its budget', () => {
    expect(small.map((c) => c.action).sort()).toEqual(Object.keys(ROUND_TRIP_BUDGETS).sort());
    expect(overBudget(small)).toEqual([]);
  });

  it('costs the same round trips with 60 or 600 partnerships', () => {
    const large = actionCosts(CODE, 600);
    const trips = (costs: typeof small) => Object.fromEntries(costs.map((c) => [c.action, c.roundTrips]));
    expect(trips(large)).toEqual(trips(small));
  });

  it('reports an action over its budget, or missing from the table', () => {
    const tick = small.find((c) => c.action === 'one checklist tick')!;
    expect(overBudget([...small.filter((c) => c !== tick), { ...tick, roundTrips: 4 }])).toEqual([
      'one checklist tick: 4 round trips, budget 3',
    ]);
    expect(overBudget([...small, { ...tick, action: 'something new' }])).toEqual([
      'something new: no budget in ROUND_TRIP_BUDGETS',
    ]);
  });
});
