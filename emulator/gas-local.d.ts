// gas-local ships no types. It loads every .js file of a folder into one vm context, as Apps Script
// loads a project's files into one global scope.
declare module 'gas-local' {
  interface Options {
    /** Which files to load; default: names ending in '.js'. */
    filter?: (path: string) => boolean;
  }
  /** Returns the context: the files' top-level declarations are its properties. */
  export function require(folder: string, globals?: object, options?: Options): Record<string, unknown>;
}
