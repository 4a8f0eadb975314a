import { QUOTED_TEXT_MAX, quoted, shortText } from '../../src/core/user-text';

describe('user text in messages', () => {
  it('keeps short text as it is, on one line', () => {
    expect(shortText('P-0001')).toBe('P-0001');
    expect(shortText('Ana\n\tLopez')).toBe('Ana Lopez');
    expect(quoted('P-0001')).toBe('"P-0001"');
  });

  it('cuts long text to the limit, ending in "..."', () => {
    const long = 'x'.repeat(50_000);
    expect(shortText(long)).toBe(`${'x'.repeat(QUOTED_TEXT_MAX - 3)}...`);
    expect(shortText(long)).toHaveLength(QUOTED_TEXT_MAX);
    expect(shortText('y'.repeat(81))).toHaveLength(80);
    expect(shortText('y'.repeat(80))).toBe('y'.repeat(80));
    expect(quoted(long, 40)).toBe(`"${'x'.repeat(37)}..."`);
  });

  it('counts whitespace squeezed, even when a long text has runs of it', () => {
    expect(shortText(`a${' '.repeat(49_998)}b`)).toBe('a b');
    expect(shortText(`${' \n'.repeat(200)}x${'y'.repeat(100)}`)).toHaveLength(80);
  });

  it('never cuts a surrogate pair in half', () => {
    const text = `${'a'.repeat(76)}😀${'b'.repeat(10)}`;
    const cut = shortText(text);
    expect(cut).toBe(`${'a'.repeat(76)}...`);
    expect(cut.endsWith('\ud83d...')).toBe(false);
  });
});
