// The one client-side google.script.run (bridge/google-script.ts) over a transport of the test's own:
// runner chaining, argument checks before anything is sent, and handler dispatch. The two real
// transports are driven in Chromium by test/browser/google-script.test.ts.
import { createGoogleScript, type Transport } from '../../bridge/google-script';
import type { Answer } from '../../bridge/protocol';

interface Sent {
  name: string;
  args: unknown[];
}

/** A transport answering from a table of server functions; records what was sent. */
function fakeTransport(server: Record<string, (...args: unknown[]) => unknown>) {
  const sent: Sent[] = [];
  const transport: Transport & { sent: Sent[]; closed: number } = {
    sent,
    closed: 0,
    send(name, args) {
      sent.push({ name, args });
      try {
        return Promise.resolve<Answer>({ ok: true, value: server[name](...args) });
      } catch (error) {
        return Promise.resolve<Answer>({ ok: false, message: (error as Error).message });
      }
    },
    close() {
      transport.closed++;
    },
    focusEditor() {},
  };
  return transport;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('google.script.run', () => {
  const server = {
    twice: (x: unknown) => (x as number) * 2,
    echo: (x: unknown) => x,
    fails: () => {
      throw new Error('There is no Pipeline sheet: run Set up workbook first.');
    },
  };

  it('calls a server function by name and hands its value and the user object to the success handler', async () => {
    const transport = fakeTransport(server);
    const { run } = createGoogleScript(transport, 'null');
    const seen: unknown[] = [];
    run
      .withSuccessHandler((value, who) => seen.push([value, who]))
      .withUserObject('P-0001')
      .twice(21);
    expect(seen).toEqual([]); // asynchronous: never inside the call
    await settle();
    expect(seen).toEqual([[42, 'P-0001']]);
    expect(transport.sent).toEqual([{ name: 'twice', args: [21] }]);
  });

  it('returns a new runner from each with…: the earlier runner keeps its handlers', async () => {
    const { run } = createGoogleScript(fakeTransport(server), 'null');
    const seen: string[] = [];
    const first = run.withSuccessHandler((v) => seen.push(`first ${v}`));
    const second = first.withSuccessHandler((v) => seen.push(`second ${v}`));
    expect(second).not.toBe(first);
    first.twice(1);
    second.twice(2);
    run.twice(3); // no handler: nothing to call
    await settle();
    expect(seen).toEqual(['first 2', 'second 4']);
  });

  it('gives the failure handler a ScriptError with the server’s message and the user object', async () => {
    const { run } = createGoogleScript(fakeTransport(server), 'null');
    const seen: unknown[] = [];
    run
      .withFailureHandler((error, who) => seen.push([error instanceof Error, error.name, error.message, who]))
      .withUserObject({ row: 2 })
      .fails();
    await settle();
    expect(seen).toEqual([
      [true, 'ScriptError', 'There is no Pipeline sheet: run Set up workbook first.', { row: 2 }],
    ]);
  });

  it('refuses a Date, a function or a circular argument without sending anything', async () => {
    const transport = fakeTransport(server);
    const { run } = createGoogleScript(transport, 'null');
    const messages: string[] = [];
    const failing = run.withFailureHandler((error) => messages.push(error.message));
    const loop: Record<string, unknown> = {};
    loop.loop = loop;
    failing.echo({ when: new Date(0) });
    failing.echo('a', (() => 1) as unknown as string); // the types forbid it; a page's plain JS does not
    failing.echo(loop);
    expect(messages).toEqual([]);
    await settle();
    expect(messages).toEqual([
      'Failed due to illegal value: arguments[0].when is a Date (send ISO text instead); google.script.run cannot send it.',
      'Failed due to illegal value: arguments[1] is a function; google.script.run cannot send it.',
      'Failed due to illegal value: arguments[0].loop is a circular reference; google.script.run cannot send it.',
    ]);
    expect(transport.sent).toEqual([]);
  });

  it('sends a copy: undefined in an array becomes null, in an object is dropped', async () => {
    const transport = fakeTransport(server);
    const { run } = createGoogleScript(transport, 'null');
    const arg = { list: [1, undefined], gone: undefined };
    run.echo(arg);
    expect(transport.sent).toEqual([{ name: 'echo', args: [{ list: [1, null] }] }]);
    expect(transport.sent[0].args[0]).not.toBe(arg);
  });

  it('logs a failure without a handler, and stays silent after withFailureHandler(null)', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { run } = createGoogleScript(fakeTransport(server), 'null');
      run.fails();
      run.withFailureHandler(null as unknown as (e: Error) => void).fails();
      await settle();
      expect(errors).toHaveBeenCalledTimes(1);
      expect((errors.mock.calls[0][0] as Error).message).toBe(
        'There is no Pipeline sheet: run Set up workbook first.',
      );
    } finally {
      errors.mockRestore();
    }
  });

  it('is not thenable, so awaiting a runner calls no server function', async () => {
    const transport = fakeTransport(server);
    const { run } = createGoogleScript(transport, 'null');
    expect((run as unknown as { then?: unknown }).then).toBeUndefined();
    await (run as unknown as Promise<unknown>);
    expect(transport.sent).toEqual([]);
  });
});

describe('google.script.host and url', () => {
  it('closes through the transport and reports an empty location', () => {
    const transport = fakeTransport({});
    const script = createGoogleScript(transport, 'http://127.0.0.1:1234');
    script.host.close();
    expect(transport.closed).toBe(1);
    expect(script.host.origin).toBe('http://127.0.0.1:1234');
    const locations: unknown[] = [];
    script.url.getLocation((location) => locations.push(location));
    expect(locations).toEqual([{ hash: '', parameter: {}, parameters: {} }]);
  });
});
