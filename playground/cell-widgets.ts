// Data validation as Sheets shows it to a person: which cells are dropdowns or checkboxes, and whether
// an entry passes the rule, warns, or is rejected. Pure: rules arrive as plain facts (a range's list
// already read), so the server and the page share it. No imports but the wire format's types.
//
// Google's reference for the builder, https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder :
// - requireValueInList(values, showDropdown) / requireValueInRange(range, showDropdown): showDropdown
//   "true if the spreadsheet should show a dropdown menu for the values; false if not";
// - requireCheckbox(): "the input is a boolean value; this value is rendered as a checkbox";
//   requireCheckbox(checkedValue): "the specified value or blank"; (checked, unchecked): "one of the
//   specified values";
// - setAllowInvalid / getAllowInvalid: true "shows a warning when input fails data validation", false
//   "rejects the input entirely"; new rules default to true.
import type { CellWidget } from './protocol';

/** One data validation rule, as the page and the checks need it. */
export interface RuleFacts {
  /** DataValidationCriteria name: 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CHECKBOX', ... */
  criteria: string;
  /** The list's values (for VALUE_IN_RANGE, the range's non-blank display values). */
  items?: readonly string[];
  showDropdown?: boolean;
  /** requireCheckbox's own values, if any (criteria values 0 and 1). */
  checkedValue?: unknown;
  uncheckedValue?: unknown;
  allowInvalid: boolean;
}

export type Verdict = { valid: true } | { valid: false; reject: boolean; message: string };

const LIST_MESSAGE = 'Input must be an item on the specified list.';

const isList = (rule: RuleFacts) => rule.criteria === 'VALUE_IN_LIST' || rule.criteria === 'VALUE_IN_RANGE';

/** A checkbox value as the cell shows it: booleans as TRUE/FALSE, as Sheets displays them. */
function shown(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value == null ? '' : String(value);
}

/** The two values a checkbox cell holds: TRUE/FALSE, or the rule's own (a lone checked value: or blank). */
export function checkboxValues(rule: RuleFacts): { checked: string; unchecked: string } {
  if (rule.checkedValue === undefined) return { checked: 'TRUE', unchecked: 'FALSE' };
  return { checked: shown(rule.checkedValue), unchecked: shown(rule.uncheckedValue) };
}

/** The widget a rule draws, or undefined for a plain cell (other criteria, or showDropdown false). */
export function widgetFor(rule: RuleFacts): CellWidget | undefined {
  if (isList(rule)) {
    if (rule.showDropdown === false) return undefined;
    return { kind: 'dropdown', options: unique(rule.items ?? []), allowInvalid: rule.allowInvalid };
  }
  if (rule.criteria === 'CHECKBOX') return { kind: 'checkbox', ...checkboxValues(rule) };
  return undefined;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items.filter((item) => item !== ''))];
}

/**
 * Whether a cell's text passes its rule. A blank cell always does (a person may clear any cell).
 * Lists compare exactly, case included; checkbox booleans ignore case, as TRUE and true are one value.
 * Criteria the playground does not check (numbers, dates, formulas) pass.
 */
export function verdict(rule: RuleFacts, text: string): Verdict {
  if (text === '') return { valid: true };
  if (isList(rule)) {
    return (rule.items ?? []).includes(text) ? { valid: true } : invalid(rule, LIST_MESSAGE);
  }
  if (rule.criteria === 'CHECKBOX') {
    const values = checkboxValues(rule);
    if (isTicked(values, text) !== undefined) return { valid: true };
    const allowed = [values.checked, values.unchecked].filter((v) => v !== '').join(' or ');
    return invalid(rule, `Input must be a checkbox value (${allowed}).`);
  }
  return { valid: true };
}

function invalid(rule: RuleFacts, message: string): Verdict {
  return { valid: false, reject: !rule.allowInvalid, message };
}

/**
 * What a typed entry becomes as cell text for the check: an apostrophe only marks text ('007 is the
 * text 007), so it is not part of the value.
 */
export function enteredText(typed: string): string {
  return typed.startsWith("'") ? typed.slice(1) : typed;
}

/**
 * The text sent for a pick from a dropdown: the item exactly, as text. The apostrophe keeps an item
 * such as "=HYPERLINK(...)", "+1" or "10%" from becoming a formula or a number.
 */
export function pickText(item: string): string {
  return `'${item}`;
}

/** The text sent for a checkbox tick or untick: TRUE/FALSE stay booleans, the rule's own values text. */
export function toggleText(widget: { checked: string; unchecked: string }, tick: boolean): string {
  const value = tick ? widget.checked : widget.unchecked;
  return value === 'TRUE' || value === 'FALSE' || value === '' ? value : pickText(value);
}

/** Whether a checkbox cell's text shows a tick; undefined when it is neither value (shown as text). */
export function isTicked(widget: { checked: string; unchecked: string }, text: string): boolean | undefined {
  if (sameValue(text, widget.checked)) return true;
  if (text === '' || sameValue(text, widget.unchecked)) return false;
  return undefined;
}

/** TRUE, true and True are one boolean; other values compare exactly. */
function sameValue(text: string, value: string): boolean {
  return text === value || (/^(?:true|false)$/i.test(text) && text.toUpperCase() === value);
}
