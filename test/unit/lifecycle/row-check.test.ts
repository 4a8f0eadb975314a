import { RowCheck } from '../../../src/core/lifecycle/row-check';

describe('RowCheck', () => {
  const check = () => new RowCheck({ producer: 'Ada', brief: '  ', startDate: '' }, new Set(['endDate']));

  it('a column the sheet lacks is neither filled nor blank, so its rules say nothing', () => {
    const c = check();
    expect([c.has('endDate'), c.filled('endDate'), c.blank('endDate')]).toEqual([false, false, false]);
    c.need('endDate');
    expect(c.findings.list).toEqual([]);
  });

  it('a blank cell (spaces included) is an error naming its column when required', () => {
    const c = check();
    expect([c.filled('producer'), c.blank('brief'), c.blank('startDate')]).toEqual([true, true, true]);
    c.need('producer');
    c.need('brief');
    expect(c.findings.list).toEqual([{ severity: 'error', message: 'Brief missing' }]);
  });
});
