import { addMonths, formatYearMonth, parseStartMonth } from '../../src/core/months';
import { CallError } from '../../src/core/values';

describe('months', () => {
  it('addMonths crosses year boundaries both ways', () => {
    expect(addMonths({ year: 2026, month: 11 }, 3)).toEqual({ year: 2027, month: 2 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(addMonths({ year: 2026, month: 12 }, 24)).toEqual({ year: 2028, month: 12 });
  });
  it('parseStartMonth reads dates through the zone adapter and ISO text', () => {
    const viaZone = () => ({ year: 2030, month: 6 });
    expect(parseStartMonth(new Date(), viaZone)).toEqual({ year: 2030, month: 6 });
    expect(parseStartMonth('2026-01', viaZone)).toEqual({ year: 2026, month: 1 });
    expect(parseStartMonth('', viaZone)).toBeUndefined();
    expect(() => parseStartMonth('soon', viaZone)).toThrow(
      'start_month must be a date or text like 2026-01 (got "soon")',
    );
    expect(() => parseStartMonth('2026-13', viaZone)).toThrow(CallError);
  });
});

describe('formatYearMonth', () => {
  it('writes a month as yyyy-mm', () => {
    expect(formatYearMonth({ year: 2026, month: 1 })).toBe('2026-01');
    expect(formatYearMonth({ year: 2027, month: 12 })).toBe('2027-12');
  });
});

describe('parseStartMonth with "this month"', () => {
  const viaZone = () => ({ year: 2030, month: 6 });
  const now = { year: 2026, month: 11 };
  it('reads "this month" only where it is allowed, and names the allowed forms', () => {
    expect(parseStartMonth(' This Month ', viaZone, 'Start month', now)).toEqual(now);
    expect(() => parseStartMonth('this month', viaZone)).toThrow(CallError);
    expect(() => parseStartMonth('next month', viaZone, 'Start month', now)).toThrow(
      'Start month must be a date, text like 2026-01, or "this month" (got "next month")',
    );
    expect(parseStartMonth('2026-03-15', viaZone)).toEqual({ year: 2026, month: 3 });
  });
});

describe('start months typed with a year before 1900', () => {
  const toYm = () => ({ year: 2026, month: 1 });
  it.each(['0050-06', '0001-01', '1899-12'])(
    '%p is refused with a clear message, not read as 19xx',
    (text) => {
      expect(() => parseStartMonth(text, toYm)).toThrow(
        `start_month must be in 1900 or later (got "${text}")`,
      );
    },
  );

  it('1900-01 and 9999-12 are read as typed', () => {
    expect(parseStartMonth('1900-01', toYm)).toEqual({ year: 1900, month: 1 });
    expect(parseStartMonth('9999-12', toYm)).toEqual({ year: 9999, month: 12 });
  });
});
