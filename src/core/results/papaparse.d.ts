// The few papaparse declarations the import uses. @types/papaparse pulls in Node's types, which the
// core and the sidebar must not see (tsconfig.core.json has none), so this shim declares only what
// export-text.ts calls: https://www.papaparse.com/docs#config
declare module 'papaparse' {
  export interface ParseError {
    readonly type: string;
    readonly code: string;
    readonly message: string;
    readonly row?: number;
  }
  export interface ParseResult {
    readonly data: string[][];
    readonly errors: ParseError[];
    readonly meta: { readonly delimiter: string; readonly linebreak: string; readonly aborted: boolean };
  }
  export interface ParseConfig {
    delimiter?: string;
    delimitersToGuess?: string[];
    newline?: string;
    quoteChar?: string;
    header?: false;
    dynamicTyping?: false;
    skipEmptyLines?: boolean | 'greedy';
  }
  export function parse(text: string, config: ParseConfig): ParseResult;
}
