// The playground's server and session without a browser: only its own page may drive it, bad
// requests get a 400 with a message, and the bundle is driven as Sheets drives it.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BODY_LIMIT, type RunningServer, startServer } from '../../playground/server';
import { PlaygroundSession } from '../../playground/session';
import { DIST } from '../integration/harness';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'partnerships.xlsx');

interface Reply {
  status: number;
  body: string;
  json: () => Record<string, unknown>;
  headers: Record<string, unknown>;
}

function call(
  server: RunningServer,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method,
        path,
        headers: { Host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, body, json: () => JSON.parse(body), headers: res.headers });
        });
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const api = (server: RunningServer, path: string, body: unknown, headers: Record<string, string> = {}) =>
  call(server, 'POST', path, {
    headers: { 'Content-Type': 'application/json', 'X-Playground-Token': server.token, ...headers },
    body: JSON.stringify(body),
  });

describe('playground server', () => {
  let dir = '';
  let session: PlaygroundSession;
  let server: RunningServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'server-'));
    copyFileSync(EXAMPLE, join(dir, 'book.xlsx'));
    session = await PlaygroundSession.open(DIST, join(dir, 'book.xlsx'), 'America/New_York');
    server = await startServer(session, { port: 0 });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and serves its page with the run token', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const page = await call(server, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain(`content="${server.token}"`);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('refuses another Host, another Origin, a cross-site fetch and a missing or wrong token', async () => {
    expect((await call(server, 'GET', '/', { headers: { Host: 'evil.example:80' } })).status).toBe(403);
    const cross = await api(
      server,
      '/api/run',
      { functionName: 'validateAllRows' },
      { Origin: 'http://evil.example' },
    );
    expect(cross.status).toBe(403);
    expect(cross.json().error).toBe('Cross-origin request refused.');
    const site = await api(
      server,
      '/api/run',
      { functionName: 'validateAllRows' },
      { 'Sec-Fetch-Site': 'cross-site' },
    );
    expect(site.status).toBe(403);
    expect((await call(server, 'GET', '/api/state')).status).toBe(403);
    const wrong = await api(server, '/api/save', {}, { 'X-Playground-Token': 'guess' });
    expect(wrong.status).toBe(403);
    expect(wrong.json().error).toBe('Missing or wrong token.');
    // The page's own origin is fine.
    const own = await call(server, 'GET', '/api/state', {
      headers: { Origin: `http://127.0.0.1:${server.port}`, 'X-Playground-Token': server.token },
    });
    expect(own.status).toBe(200);
  });

  it('answers malformed requests with 400 and a message, and limits the body size', async () => {
    const headers = { 'Content-Type': 'application/json', 'X-Playground-Token': server.token };
    const malformed = await call(server, 'POST', '/api/edit', { headers, body: '{"sheet": ' });
    expect(malformed.status).toBe(400);
    expect(String(malformed.json().error)).toMatch(/^Malformed JSON/);
    const shape = await api(server, '/api/edit', { sheet: 'Pipeline', row: 0, col: 1, values: [['x']] });
    expect(shape.status).toBe(400);
    expect(shape.json().error).toBe('"row" must be a whole number from 1.');
    const ragged = await api(server, '/api/edit', {
      sheet: 'Pipeline',
      row: 2,
      col: 1,
      values: [['a'], ['b', 'c']],
    });
    expect(ragged.json().error).toBe('"values" must be a non-empty rectangle of strings.');
    const big = await call(server, 'POST', '/api/edit', {
      headers,
      body: `"${'x'.repeat(BODY_LIMIT + 10)}"`,
    });
    expect(big.status).toBe(413);
    // A block past the sheet's last row or column: refused with 400 and the reason, nothing written.
    const maxRows = session.addon.emu.spreadsheet.getSheetByName('Pipeline')!.getMaxRows();
    const pastRows = await api(server, '/api/edit', {
      sheet: 'Pipeline',
      row: maxRows,
      col: 1,
      values: [['a'], ['b']],
    });
    expect(pastRows.status).toBe(400);
    expect(pastRows.json().error).toMatch(
      /^The edit is outside the sheet: "Pipeline" has \d+ rows and \d+ columns\.$/,
    );
    const pastCols = await api(server, '/api/edit', {
      sheet: 'Pipeline',
      row: 2,
      col: 99_999,
      values: [['x']],
    });
    expect(pastCols.status).toBe(400);
    expect(pastCols.json().error).toBe(pastRows.json().error);
    const noSheet = await api(server, '/api/edit', { sheet: 'Nowhere', row: 1, col: 1, values: [['x']] });
    expect(noSheet.status).toBe(400);
    expect(noSheet.json().error).toBe('There is no sheet named "Nowhere".');
    expect((await call(server, 'GET', '/api/run', { headers })).status).toBe(405);
  });

  it('edits fire onEdit: a Stage that breaks a rule updates the Status', async () => {
    const header = session.state().sheets[0].cells[0];
    const row = session
      .state()
      .sheets[0].cells.findIndex((r) => r[header.indexOf('Stage')] === 'Negotiation');
    const reply = await api(server, '/api/edit', {
      sheet: 'Pipeline',
      row: row + 1,
      col: header.indexOf('Stage') + 1,
      values: [['Promotion']],
    });
    expect(reply.status).toBe(200);
    const state = reply.json().state as { sheets: { cells: string[][]; styles: Record<string, string> }[] };
    expect(state.sheets[0].cells[row][header.indexOf('Status')]).toMatch(/errors?.*Contract not signed/);
    // Painted by the add-on's conditional format rule, as Sheets paints it.
    expect(state.sheets[0].styles[`${row},${header.indexOf('Status')}`]).toContain(
      'background-color:#f4c7c3',
    );
  });

  it('a pasted block fires one onEdit for the block, without value or oldValue, as in Sheets', () => {
    const events: Record<string, unknown>[] = [];
    const gas = session.addon.gas as Record<string, unknown>;
    const onEdit = gas.onEdit as (e: unknown) => void;
    gas.onEdit = (e: Record<string, unknown>) => {
      events.push(e);
      onEdit(e);
    };
    try {
      session.edit('Assumptions', 20, 5, [
        ['a', 'b'],
        ['c', 'd'],
      ]);
      session.edit('Assumptions', 25, 5, [['one']]);
    } finally {
      gas.onEdit = onEdit;
    }
    const range = (e: Record<string, unknown>) =>
      (e.range as GoogleAppsScript.Spreadsheet.Range).getA1Notation();
    expect(events.map(range)).toEqual(['E20:F21', 'E25']);
    expect('value' in events[0]).toBe(false);
    expect(events[1]).toMatchObject({ value: 'one', authMode: 'LIMITED' });
  });

  it('a value typed into a spilled cell blocks the spill: #REF! with the reason', () => {
    const sheet = session.state().sheets[0];
    const score = sheet.cells[0].indexOf('Score');
    session.edit('Pipeline', 3, score + 1, [['7']]);
    const after = session.state().sheets[0];
    expect(after.cells[0][score]).toBe('#REF!');
    expect(after.notes[`0,${score}`]).toBe(
      'Array result was not expanded because it would overwrite data in I3.',
    );
    session.edit('Pipeline', 3, score + 1, [['']]);
    expect(session.state().sheets[0].cells[0][score]).toBe('Score');
  });

  it('the selection made on the page is the active range the script sees', async () => {
    const ok = await api(server, '/api/select', {
      sheet: 'Assumptions',
      row: 3,
      col: 2,
      numRows: 2,
      numCols: 1,
    });
    expect(ok.status).toBe(200);
    expect(session.addon.emu.spreadsheet.getActiveSheet().getName()).toBe('Assumptions');
    expect(session.addon.emu.spreadsheet.getActiveRange()?.getA1Notation()).toBe('B3:B4');
    const outside = await api(server, '/api/select', {
      sheet: 'Assumptions',
      row: 3,
      col: 2,
      numRows: 1,
      numCols: 9999,
    });
    expect(outside.status).toBe(400);
    expect(outside.json().error).toBe('The selection is outside the sheet.');
  });

  it('runs only the menu that onOpen registered, and reports the bundle’s errors', async () => {
    const notInMenu = await api(server, '/api/run', { functionName: 'onEdit' });
    expect(notInMenu.json()).toMatchObject({
      ok: false,
      error: '"onEdit" is not an item of the add-on\'s menu.',
    });
    const menu = session.state().menus[0];
    expect(menu.items.map((i) => i.functionName)).toContain('runMonthlyForecast');
    const ran = await api(server, '/api/run', { functionName: 'runMonthlyForecast' });
    expect(ran.json()).toMatchObject({ ok: true });
    expect(
      ((ran.json().ui as { toasts: { message: string }[] }).toasts[0] ?? { message: '' }).message,
    ).toMatch(/Forecast updated/);
  });

  it('google.script.run reaches top-level functions only, never private ones or services', async () => {
    for (const name of ['showHelp_', 'SpreadsheetApp', 'Date', 'constructor', 'nothingHere']) {
      const reply = await api(server, '/api/script-run', { functionName: name, args: [] });
      expect(reply.json()).toMatchObject({ ok: false, error: `Script function not found: ${name}` });
    }
    const score = await api(server, '/api/script-run', { functionName: 'PRODUCER_SCORE', args: [5, 3, 1] });
    expect(score.json()).toMatchObject({ ok: true, value: 60 });
  });

  it('a Date in a google.script.run result fails the call, as in Apps Script', () => {
    const gas = session.addon.gas as Record<string, unknown>;
    gas.returnsDate = () => ({ when: new Date(0) });
    expect(session.scriptRun('returnsDate', [])).toMatchObject({
      ok: false,
      error:
        'Failed due to illegal value: result.when is a Date (send ISO text instead); google.script.run cannot send it.',
    });
    delete gas.returnsDate;
  });

  it('runs installed time-driven triggers on request', async () => {
    const none = await api(server, '/api/time-triggers', {});
    expect(none.json()).toMatchObject({ ok: true, ran: [] });
    await api(server, '/api/run', { functionName: 'scheduleMonthlyForecast' });
    expect(session.state().timeTriggers).toBe(1);
    const ran = await api(server, '/api/time-triggers', {});
    expect(ran.json()).toMatchObject({ ok: true, ran: ['runScheduledForecast'] });
  });
});

describe('a bundle whose onOpen fails', () => {
  it('opens anyway and keeps the error for the page to show', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'broken-'));
    try {
      mkdirSync(join(dir, 'dist'));
      copyFileSync(join(DIST, 'Code.js'), join(dir, 'dist', 'Code.js'));
      writeFileSync(
        join(dir, 'dist', 'Override.js'),
        "onOpen = function () { throw new Error('menu broke'); };",
      );
      copyFileSync(EXAMPLE, join(dir, 'book.xlsx'));
      const broken = await PlaygroundSession.open(join(dir, 'dist'), join(dir, 'book.xlsx'), 'UTC');
      expect(broken.state().openError).toBe('onOpen failed: menu broke');
      expect(broken.state().menus).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
