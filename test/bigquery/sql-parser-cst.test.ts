// The whole generated SQL file as sql-parser-cst's tree, looked at directly (the emulator's reader,
// emulator/bigquery/sql.ts, is built on the same parser and turns the tree into functions; this test
// checks what the tree itself says). node-sql-parser (bigquery mode) rejects every CREATE FUNCTION
// statement, Google's own examples included, so it checks only the README's queries
// (sql-file.test.ts). sql-parser-cst is GPL-2.0-or-later: a test-only devDependency, never bundled
// into dist/ or shipped with the add-on.
import { parse } from 'sql-parser-cst';
import { SQL } from './helpers';

type Node = { type: string; [key: string]: unknown };

function parseBigQuery(sql: string): Node[] {
  return (parse(sql, { dialect: 'bigquery', includeRange: true }) as unknown as { statements: Node[] })
    .statements;
}

/** Every node of a type below a node, depth first. */
function nodesOfType(node: unknown, type: string, found: Node[] = []): Node[] {
  if (Array.isArray(node)) for (const child of node) nodesOfType(child, type, found);
  else if (node && typeof node === 'object') {
    if ((node as Node).type === type) found.push(node as Node);
    for (const value of Object.values(node)) nodesOfType(value, type, found);
  }
  return found;
}

describe('dist/bigquery/producer_partnerships.sql read by sql-parser-cst (BigQuery dialect)', () => {
  const statements = parseBigQuery(SQL).filter((s) => s.type !== 'empty');

  it('is one CREATE SCHEMA and six CREATE FUNCTION statements', () => {
    expect(statements.map((s) => s.type)).toEqual([
      'create_schema_stmt',
      ...Array(6).fill('create_function_stmt'),
    ]);
  });

  it('each function is OR REPLACE, in the dataset, with a JavaScript body as a string', () => {
    for (const statement of statements.slice(1)) {
      expect(statement.orReplaceKw).toBeTruthy();
      const name = statement.name as Node & { schema?: { name: string } };
      expect(nodesOfType(name, 'identifier').map((n) => n.name)[0]).toBe('producer_partnerships');
      const clauses = nodesOfType(statement, 'language_clause');
      expect(clauses).toHaveLength(1);
      expect(nodesOfType(clauses[0], 'identifier').map((n) => String(n.name).toLowerCase())).toEqual(['js']);
      expect(nodesOfType(statement, 'as_clause').length).toBeGreaterThan(0);
    }
  });

  it('a broken statement is refused, so the test above can fail', () => {
    expect(() => parseBigQuery(SQL.replace('RETURNS', 'RETURN'))).toThrow(/Syntax Error/);
    expect(() => parseBigQuery(SQL.replace('LANGUAGE js', 'LANGUAGE'))).toThrow();
  });
});
