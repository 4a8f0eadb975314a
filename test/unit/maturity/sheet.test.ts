import { assessMaturity, EMPTY_PIPELINE_MESSAGE } from '../../../src/core/maturity/maturity';
import { MATURITY_HEIGHT, MATURITY_WIDTH, maturitySheetValues } from '../../../src/core/maturity/sheet';
import { done, input, NOW } from './maturity-helpers';

describe('maturitySheetValues', () => {
  it('the sheet block always has the same size, so a re-run leaves nothing stale', () => {
    const at = new Date(NOW);
    const rated = maturitySheetValues(assessMaturity(input([done('Ana', 'Exit')])), at);
    const empty = maturitySheetValues(assessMaturity(input([])), at);
    for (const block of [rated, empty]) {
      expect(block).toHaveLength(MATURITY_HEIGHT);
      for (const r of block) expect(r).toHaveLength(MATURITY_WIDTH);
    }
    expect(rated[0]).toEqual(['Program maturity', 'experimental', '', '', '']);
    expect(rated[5]).toEqual(['Criterion', 'Figure', 'Level', 'Thresholds', 'Next step']);
    expect(empty.slice(0, 2).map((r) => r.slice(0, 2))).toEqual([
      ['Program maturity', 'not rated'],
      ['', EMPTY_PIPELINE_MESSAGE],
    ]);
  });
});
