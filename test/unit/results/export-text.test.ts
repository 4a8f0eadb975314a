import { MAX_EXPORT_BYTES, readExportText } from '../../../src/core/results/export-text';
import { GA4_CSV, SHOPIFY_CSV } from '../../results/fixtures';

const table = (text: string) => {
  const read = readExportText(text);
  if (!read.ok) throw new Error(read.message);
  return read.table;
};
const failure = (text: string) => {
  const read = readExportText(text);
  if (read.ok) throw new Error('expected a failure');
  return read.message;
};

describe('readExportText', () => {
  it('skips GA4’s comment header and keeps it for the date range; rows are numbered as a spreadsheet shows them', () => {
    const t = table(GA4_CSV);
    expect(t.headers[0]).toBe('Session campaign');
    expect(t.comments).toContain('Start date: 20261101');
    expect(t.rowNumbers[0]).toBe(10);
    expect(t.rows).toHaveLength(6);
  });

  it('reads a BOM, CRLF line ends and quoted newlines, commas and quotes inside values', () => {
    const t = table(`\uFEFF${SHOPIFY_CSV}`);
    expect(t.headers[0]).toBe('Name');
    expect(t.rows[2][13]).toBe('Mug, "Big"\nblue');
    expect(t.rows.every((row) => row.every((cell) => !cell.endsWith('\r')))).toBe(true);
    expect(t.rowNumbers.slice(0, 4)).toEqual([2, 3, 4, 5]);
  });

  it('recognises semicolon and tab delimiters', () => {
    expect(table('Partnership ID;Month;Sessions\nP-0001;2026-11;3\n').delimiter).toBe(';');
    expect(table('Partnership ID\tMonth\tSessions\nP-0001\t2026-11\t3\n').rows[0]).toEqual([
      'P-0001',
      '2026-11',
      '3',
    ]);
  });

  it('a wrong delimiter is a clear message', () => {
    expect(failure('Partnership ID|Month|Sessions\nP-0001|2026-11|3\n')).toBe(
      'The first row is one column ("Partnership ID|Month|Sessions"): the file\'s columns are not separated by commas, semicolons or tabs.',
    );
  });

  it('rows wider than the header are named, not cut', () => {
    expect(failure('Partnership ID,Month,Sales\nP-0001,2026-11,1,234.50\nP-0002,2026-11,5\n')).toBe(
      'Row 2 has more values than the header has columns: a value holds a "," without quotes, or the file mixes delimiters.',
    );
  });

  it('an unclosed quote, an empty file, a comment-only file and a 50 MB file each get a message', () => {
    expect(failure('Partnership ID,Month\n"P-0001,2026-11\n')).toMatch(/^A quoted value is never closed/);
    expect(failure('')).toBe('The file holds no table: it is empty, or only comment lines.');
    expect(failure('# Start date: 20261101\n#\n')).toBe(
      'The file holds no table: it is empty, or only comment lines.',
    );
    const big = 'a'.repeat(50 * 1024 * 1024);
    expect(big.length).toBeGreaterThan(MAX_EXPORT_BYTES);
    expect(failure(big)).toBe(
      'The file is 50.0 MB; the import reads files up to 30.0 MB. Export a shorter date range, or fewer columns.',
    );
  });

  it('a second GA4 table after the first is left out, and said so', () => {
    const t = table(`${GA4_CSV}\n# ----\n# Second table\nSession campaign,Users\nana-spring,3\n`);
    expect(t.rows).toHaveLength(6);
    expect(t.notes).toEqual(['The file has another table from row 17 on: only the first table was read.']);
  });

  it('Shopify order names starting with # are rows, not comments', () => {
    expect(table(SHOPIFY_CSV).rows[0][0]).toBe('#1001');
  });
});
