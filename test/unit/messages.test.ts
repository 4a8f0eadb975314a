import {
  BUSY,
  BUSY_TOAST,
  describeMissing,
  foreignStatusMessage,
  listFirst,
  missingMessage,
  plural,
  quantity,
  TOAST_TITLE,
} from '../../src/core/messages';

describe('plural and quantity', () => {
  it('use the singular for exactly one and the plural otherwise, zero included', () => {
    expect([0, 1, 2].map((n) => quantity(n, 'row'))).toEqual(['0 rows', '1 row', '2 rows']);
    expect(plural(1, 'it', 'them')).toBe('it');
    expect(plural(3, 'it', 'them')).toBe('them');
  });
});

describe('listFirst', () => {
  it('lists up to five items, then says how many more', () => {
    expect(listFirst([2])).toBe('2');
    expect(listFirst([2, 3, 4, 5, 6])).toBe('2, 3, 4, 5, 6');
    expect(listFirst([2, 3, 4, 5, 6, 7, 8])).toBe('2, 3, 4, 5, 6 and 2 more');
    expect(listFirst(['a', 'b', 'c'], 2)).toBe('a, b and 1 more');
  });
});

describe('shared messages', () => {
  it('one title and one busy message, as a clause and as a sentence', () => {
    expect(TOAST_TITLE).toBe('Producer Partnerships');
    expect(BUSY_TOAST).toBe('Another run is busy with this spreadsheet: try again in a moment.');
    expect(BUSY_TOAST).toBe(`${BUSY}.`);
  });

  it('names missing columns by their header text, singular or plural', () => {
    expect(describeMissing(['stage', 'utmLink'])).toBe('"Stage", "UTM link"');
    expect(missingMessage(['disclosure'])).toBe(
      'Pipeline is missing column "Disclosure": add it or run Set up workbook.',
    );
    expect(missingMessage(['disclosure', 'status'])).toBe(
      'Pipeline is missing columns "Disclosure", "Status": add them or run Set up workbook.',
    );
  });

  it('lists the rows whose Status holds someone else’s text', () => {
    expect(foreignStatusMessage([4])).toBe(
      'Status in row 4 holds text the add-on did not write, so it was left alone: move that text to a column of your own (or clear it) to have the row checked.',
    );
    expect(foreignStatusMessage([2, 3, 4, 5, 6, 7])).toContain(
      'Status in rows 2, 3, 4, 5, 6 and 1 more holds',
    );
    expect(foreignStatusMessage([2, 3])).toContain('to have those rows checked.');
  });
});
