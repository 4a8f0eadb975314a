// What crosses between the playground server and its page, as JSON: one statement of the wire format,
// type-checked on both sides (the page is compiled for the browser, the server for Node). No imports.

/** What the page shows of one sheet: display text, formulas, styles and cell notes (errors). */
export interface SheetView {
  name: string;
  /** Display values, with a margin of empty rows and columns to type into. */
  cells: string[][];
  /** 'row,col' (0-based) -> formula text. */
  formulas: Record<string, string>;
  /** 'row,col' (0-based) -> a short CSS declaration list built from known properties only. */
  styles: Record<string, string>;
  /** 'row,col' (0-based) -> why the cell shows an error. */
  notes: Record<string, string>;
  frozenRows: number;
  widths: number[];
  /** The distinct widgets of the sheet's data validation rules (dropdowns, checkboxes). */
  widgets: CellWidget[];
  /** 'row,col' (0-based) -> index into widgets. */
  widgetCells: Record<string, number>;
  /** Why the page shows only part of the sheet (it is larger than the page is sent), if it does. */
  clipped?: string;
}

/** How the grid draws a cell under a data validation rule, as Sheets does. */
export type CellWidget =
  | {
      kind: 'dropdown';
      /** The list's values, shown as text (never as HTML). */
      options: string[];
      /** Sheets' "Show a warning" (true) or "Reject the input" (false). */
      allowInvalid: boolean;
    }
  | {
      kind: 'checkbox';
      /** The texts a tick and an untick write: 'TRUE' and 'FALSE' unless the rule names its own. */
      checked: string;
      unchecked: string;
    };

export interface UiEvents {
  toasts: { message: string; title?: string }[];
  alerts: { title?: string; prompt: string; buttons?: string }[];
  /** Sidebars opened during the run, by the id the page loads them from. */
  sidebars: { id: string; title: string }[];
  dialogs: { id: string; title: string }[];
}

export interface ActionResult {
  ok: boolean;
  /** The bundle's error message when it threw. */
  error?: string;
  /** A google.script.run call's return value. */
  value?: unknown;
  ui: UiEvents;
}

export interface PlaygroundState {
  title: string;
  file: string;
  menus: { title: string; items: { caption: string; functionName: string }[] }[];
  timeTriggers: number;
  sheets: SheetView[];
  activeSheet: string;
  openError?: string;
}
