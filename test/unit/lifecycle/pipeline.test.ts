import { formatId, idNumber, mapColumns, parseStage, readRow } from '../../../src/core/lifecycle/pipeline';

describe('columns by header', () => {
  it('are found case- and space-insensitively, the first occurrence winning', () => {
    const map = mapColumns(['  status ', 'My notes', 'PRODUCER', 'Stage', 'stage']);
    expect(map).toEqual({ status: 0, producer: 2, stage: 3 });
    expect(readRow(['OK', 'n', 'Ada', 'Discovery', 'x'], map)).toEqual({
      status: 'OK',
      producer: 'Ada',
      stage: 'Discovery',
    });
  });
});

describe('stages', () => {
  it('are matched case- and space-insensitively, and only the eight', () => {
    expect(parseStage(' co-CREATION ')).toBe('Co-creation');
    expect(parseStage('Pitching')).toBeUndefined();
    expect(parseStage(3)).toBeUndefined();
  });
});

describe('IDs', () => {
  it('read P-0001 style IDs and write them with at least four digits', () => {
    expect(formatId(7)).toBe('P-0007');
    expect(formatId(12345)).toBe('P-12345');
    expect(idNumber(' P-0042 ')).toBe(42);
    expect(idNumber('Q-1')).toBeUndefined();
    expect(idNumber(42)).toBeUndefined();
  });
});
