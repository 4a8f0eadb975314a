import { valueExchangeGaps } from '../../../src/core/brief/value-exchange';
import { completeDraft } from '../../integration/brief-helpers';

describe('value exchange', () => {
  it("flags the guide's gap and expectations the other side does not meet", () => {
    const draft = {
      ...completeDraft(),
      values: { ...completeDraft().values, copyEditing: 'Heavy (rewrites copy)' },
      choices: {
        producerBrings: ['Audience trust'],
        producerExpects: ['Creative control', 'Compensation', 'Data'],
        brandOffers: ['Compensation'],
        brandExpects: ['Content production'],
      },
    };
    expect(valueExchangeGaps(draft)).toEqual([
      'Creative control expected, but the brand plans heavy copy editing',
      'The producer expects data, which the brand does not bring',
      'The brand expects content production, which the producer does not bring',
    ]);
    expect(valueExchangeGaps(completeDraft())).toEqual([]);
  });
});
