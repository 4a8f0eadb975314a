// Data validation rules and their builder. Rules are recorded on cells; the emulator does not reject
// input that breaks them (a person's typing is stored as typed).
import { registerClass, unwrap } from './counting';
import { DataValidationCriteria } from './enums';
import type { Env } from './env';
import { asGas } from './types';
import { dateMs, isDate } from './values';

type GasValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GasValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Criteria = keyof typeof DataValidationCriteria;

/** Implemented by EmuRange: how a range appears in descriptions ('Sheet1!A1:B2'). */
export interface RangeRef {
  refText(): string;
}

function isRangeRef(v: unknown): v is RangeRef {
  return typeof v === 'object' && v !== null && typeof (v as Partial<RangeRef>).refText === 'function';
}

function describeArg(v: unknown): unknown {
  if (isRangeRef(v)) return v.refText();
  if (isDate(v)) return new Date(dateMs(v)).toISOString();
  if (Array.isArray(v)) return v.map(describeArg);
  return v;
}

export function describeCriteria(criteria: string, args: readonly unknown[]): string {
  return args.length ? `${criteria} ${JSON.stringify(args.map(describeArg))}` : criteria;
}

export class EmuDataValidation
  implements
    Pick<GasValidation, 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'>
{
  constructor(
    private readonly env: Env,
    readonly criteria: Criteria,
    readonly args: readonly unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
    /**
     * How a dropdown is shown (chip, arrow, plain text): set in the Sheets UI, not readable or
     * writable through Apps Script, so a rule written back by a script loses it.
     */
    readonly displayStyle?: string,
  ) {}

  /** The same rule as stored by a script write: without a display style. */
  asWritten(): EmuDataValidation {
    return this.displayStyle === undefined
      ? this
      : new EmuDataValidation(this.env, this.criteria, this.args, this.allowInvalid, this.helpText);
  }

  withDisplayStyle(style: string): EmuDataValidation {
    return new EmuDataValidation(this.env, this.criteria, this.args, this.allowInvalid, this.helpText, style);
  }

  copy(): GasValidationBuilder {
    return asGas(
      new EmuDataValidationBuilder(this.env, this.criteria, [...this.args], this.allowInvalid, this.helpText),
    );
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return asGas(this.criteria);
  }

  getCriteriaValues(): unknown[] {
    return this.args.map((a) => (Array.isArray(a) ? [...a] : a));
  }

  getHelpText(): string {
    return this.helpText;
  }

  isCheckbox(): boolean {
    return this.criteria === 'CHECKBOX';
  }

  /** For CellSnapshot.validation, e.g. 'VALUE_IN_LIST [["a","b"],true]' or 'CHECKBOX'. */
  describe(): string {
    const style = this.displayStyle === undefined ? '' : ` style=${this.displayStyle}`;
    return describeCriteria(this.criteria, this.args) + style;
  }
}
registerClass(EmuDataValidation, 'DataValidation', 'builder');

type BuilderMethods =
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireDateAfter'
  | 'requireDateBefore'
  | 'requireDateBetween'
  | 'requireDateEqualTo'
  | 'requireDateNotBetween'
  | 'requireDateOnOrAfter'
  | 'requireDateOnOrBefore'
  | 'requireFormulaSatisfied'
  | 'requireNumberBetween'
  | 'requireNumberEqualTo'
  | 'requireNumberGreaterThan'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireNumberLessThan'
  | 'requireNumberLessThanOrEqualTo'
  | 'requireNumberNotBetween'
  | 'requireNumberNotEqualTo'
  | 'requireTextContains'
  | 'requireTextDoesNotContain'
  | 'requireTextEqualTo'
  | 'requireTextIsEmail'
  | 'requireTextIsUrl'
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'withCriteria';

export class EmuDataValidationBuilder implements Pick<GasValidationBuilder, BuilderMethods> {
  constructor(
    private readonly env: Env,
    private criteria: Criteria | undefined = undefined,
    private args: unknown[] = [],
    // A new rule shows a warning rather than rejecting input.
    private allowInvalid = true,
    private helpText = '',
  ) {}

  private set(criteria: Criteria, args: unknown[]): GasValidationBuilder {
    this.criteria = criteria;
    this.args = args.map((a) => unwrap(a));
    return asGas(this);
  }

  build(): GasValidation {
    if (!this.criteria)
      throw this.env.exception('Exception: You must specify a criteria type for a data validation rule.');
    return asGas(
      new EmuDataValidation(this.env, this.criteria, [...this.args], this.allowInvalid, this.helpText),
    );
  }

  copy(): GasValidationBuilder {
    return asGas(
      new EmuDataValidationBuilder(this.env, this.criteria, [...this.args], this.allowInvalid, this.helpText),
    );
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return asGas(this.criteria ?? null);
  }

  getCriteriaValues(): unknown[] {
    return [...this.args];
  }

  getHelpText(): string | null {
    return this.helpText || null;
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): GasValidationBuilder {
    return this.set('CHECKBOX', checkboxCriteria(checkedValue, uncheckedValue));
  }

  requireDate(): GasValidationBuilder {
    return this.set('DATE_IS_VALID_DATE', []);
  }

  requireDateAfter(date: Date): GasValidationBuilder {
    return this.set('DATE_AFTER', [date]);
  }

  requireDateBefore(date: Date): GasValidationBuilder {
    return this.set('DATE_BEFORE', [date]);
  }

  requireDateBetween(start: Date, end: Date): GasValidationBuilder {
    return this.set('DATE_BETWEEN', [start, end]);
  }

  requireDateEqualTo(date: Date): GasValidationBuilder {
    return this.set('DATE_EQUAL_TO', [date]);
  }

  requireDateNotBetween(start: Date, end: Date): GasValidationBuilder {
    return this.set('DATE_NOT_BETWEEN', [start, end]);
  }

  requireDateOnOrAfter(date: Date): GasValidationBuilder {
    return this.set('DATE_ON_OR_AFTER', [date]);
  }

  requireDateOnOrBefore(date: Date): GasValidationBuilder {
    return this.set('DATE_ON_OR_BEFORE', [date]);
  }

  requireFormulaSatisfied(formula: string): GasValidationBuilder {
    return this.set('CUSTOM_FORMULA', [formula]);
  }

  requireNumberBetween(start: number, end: number): GasValidationBuilder {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }

  requireNumberEqualTo(n: number): GasValidationBuilder {
    return this.set('NUMBER_EQUAL_TO', [n]);
  }

  requireNumberGreaterThan(n: number): GasValidationBuilder {
    return this.set('NUMBER_GREATER_THAN', [n]);
  }

  requireNumberGreaterThanOrEqualTo(n: number): GasValidationBuilder {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }

  requireNumberLessThan(n: number): GasValidationBuilder {
    return this.set('NUMBER_LESS_THAN', [n]);
  }

  requireNumberLessThanOrEqualTo(n: number): GasValidationBuilder {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }

  requireNumberNotBetween(start: number, end: number): GasValidationBuilder {
    return this.set('NUMBER_NOT_BETWEEN', [start, end]);
  }

  requireNumberNotEqualTo(n: number): GasValidationBuilder {
    return this.set('NUMBER_NOT_EQUAL_TO', [n]);
  }

  requireTextContains(text: string): GasValidationBuilder {
    return this.set('TEXT_CONTAINS', [text]);
  }

  requireTextDoesNotContain(text: string): GasValidationBuilder {
    return this.set('TEXT_DOES_NOT_CONTAIN', [text]);
  }

  requireTextEqualTo(text: string): GasValidationBuilder {
    return this.set('TEXT_EQUAL_TO', [text]);
  }

  requireTextIsEmail(): GasValidationBuilder {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }

  requireTextIsUrl(): GasValidationBuilder {
    return this.set('TEXT_IS_VALID_URL', []);
  }

  requireValueInList(values: string[], showDropdown = true): GasValidationBuilder {
    if (!Array.isArray(values)) throw this.env.exception('Exception: Invalid argument: values');
    return this.set('VALUE_IN_LIST', [[...values], showDropdown]);
  }

  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true): GasValidationBuilder {
    return this.set('VALUE_IN_RANGE', [range, showDropdown]);
  }

  setAllowInvalid(allowInvalidData: boolean): GasValidationBuilder {
    this.allowInvalid = Boolean(allowInvalidData);
    return asGas(this);
  }

  setHelpText(helpText: string): GasValidationBuilder {
    this.helpText = String(helpText);
    return asGas(this);
  }

  withCriteria(
    criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria,
    args: unknown[],
  ): GasValidationBuilder {
    const name = String(criteria) as Criteria;
    if (!(name in DataValidationCriteria)) throw this.env.exception('Exception: Invalid argument: criteria');
    return this.set(name, [...args]);
  }
}
registerClass(EmuDataValidationBuilder, 'DataValidationBuilder', 'builder');

/** Criteria values of a checkbox rule: none (TRUE/FALSE), a checked value, or checked and unchecked. */
export function checkboxCriteria(checkedValue?: unknown, uncheckedValue?: unknown): unknown[] {
  if (checkedValue === undefined) return [];
  return uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
}
