/// <reference types="google.script.client-side" />
// The one client-side google.script (run, host, url) for pages shown outside Apps Script. It owns
// the runner semantics; how a call travels (fetch to a test server, postMessage to the playground
// page) is a Transport, the only thing the entry points in bridge/client/ supply.
//
// As Google documents google.script.run (https://developers.google.com/apps-script/guides/html/reference/run):
// - withSuccessHandler / withFailureHandler / withUserObject each return a new runner (the old one is
//   unchanged), and a server function is called by name on any runner;
// - calls are asynchronous: handlers run later, never inside the call;
// - arguments are checked and copied by transport-copy.ts, the same rules the server's results obey
//   (a Date, a function, a DOM node or a circular reference fails the call);
// - the failure handler gets an Error and the user object; without one the failure is logged to the
//   console, and withFailureHandler(null) silences it.
// No DOM types here: the unit tests run it in Node.
import type { Answer } from './protocol';
import { transportCopy } from './transport-copy';

export interface Transport {
  /** Sends one call (arguments already checked and copied); never rejects: a lost call is an answer. */
  send(functionName: string, args: unknown[]): Promise<Answer>;
  /** google.script.host.close() */
  close(): void;
  /** google.script.host.editor.focus() */
  focusEditor(): void;
}

type Success = ((value?: unknown, userObject?: unknown) => void) | null;
type Failure = ((error: Error, userObject?: unknown) => void) | null;

interface Handlers {
  success: Success | undefined;
  /** undefined: none set (log the failure); null: set to null (stay silent). */
  failure: Failure | undefined;
  userObject: unknown;
}

const ownHandlers = new Set(['withSuccessHandler', 'withFailureHandler', 'withUserObject']);

/** The failure a handler receives: an Error with the server's (or the check's) message. */
function scriptError(message: string): Error {
  const error = new Error(message);
  error.name = 'ScriptError';
  return error;
}

function dispatch(answer: Answer, handlers: Handlers): void {
  if (answer.ok) {
    handlers.success?.(answer.value, handlers.userObject);
    return;
  }
  const error = scriptError(answer.message);
  if (handlers.failure) handlers.failure(error, handlers.userObject);
  else if (handlers.failure === undefined) console.error(error);
}

function call(transport: Transport, name: string, args: unknown[], handlers: Handlers): void {
  let answer: Promise<Answer>;
  try {
    answer = transport.send(name, transportCopy(args, 'arguments') as unknown[]);
  } catch (error) {
    // Refused before sending, and still answered later, as every call is.
    answer = Promise.resolve({ ok: false, message: (error as Error).message });
  }
  void answer.then((a) => dispatch(a, handlers));
}

function runner(transport: Transport, handlers: Handlers): typeof google.script.run {
  const own = {
    withSuccessHandler: (success: Success) => runner(transport, { ...handlers, success }),
    withFailureHandler: (failure: Failure) => runner(transport, { ...handlers, failure }),
    withUserObject: (userObject: unknown) => runner(transport, { ...handlers, userObject }),
  };
  return new Proxy(own, {
    get(target, name) {
      if (typeof name === 'string' && ownHandlers.has(name)) return target[name as keyof typeof own];
      // Not thenable (await on a runner must not call a server function named "then").
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (...args: unknown[]) => call(transport, name, args, handlers);
    },
  }) as unknown as typeof google.script.run;
}

export interface GoogleScript {
  run: typeof google.script.run;
  host: typeof google.script.host;
  url: typeof google.script.url;
}

/** google.script for one page, over the given transport. */
export function createGoogleScript(transport: Transport, origin: string): GoogleScript {
  return {
    run: runner(transport, { success: undefined, failure: undefined, userObject: undefined }),
    host: {
      origin,
      close: () => transport.close(),
      setHeight: () => {},
      setWidth: () => {},
      editor: { focus: () => transport.focusEditor() },
    },
    url: {
      getLocation: (callback) => callback({ hash: '', parameter: {}, parameters: {} }),
    },
  };
}
