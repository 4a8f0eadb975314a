/**
 * The page's only way to the server: a typed promise wrapper over google.script.run. It works
 * unchanged when google.script.run is provided by a bridge script injected into the page (the
 * browser tests, the playground), since it looks google.script.run up on every call.
 */
import { SIDEBAR_API_NAMES, type SidebarApi } from '../../src/core/sidebar-contract';

export type Promisified<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
};

/** The server's message: Apps Script hands the failure handler an Error (or, from some hosts, a string). */
function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return (
    text.replace(/^(Exception|Error): /, '') ||
    'The server did not answer. Check your connection and try again.'
  );
}

function call(name: string, args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value: unknown) => resolve(value))
      .withFailureHandler((error: Error) => reject(new Error(messageOf(error))));
    // A method call, as Google's reference shows: the runner may need `this`.
    (runner as unknown as Record<string, (...a: unknown[]) => void>)[name](...args);
  });
}

/** A page's server: one promise-returning function per name of its contract. */
export function serverOf<T>(names: readonly (keyof T & string)[]): Promisified<T> {
  return Object.fromEntries(
    names.map((name) => [name, (...args: unknown[]) => call(name, args)]),
  ) as Promisified<T>;
}

export const server = serverOf<SidebarApi>(SIDEBAR_API_NAMES);
