// Conditional format rules: recorded per sheet (Sheet.setConditionalFormatRules), never applied.
import { registerClass, unwrap } from './counting';
import { BooleanCriteria } from './enums';
import type { Env } from './env';
import { asGas, type GasRange } from './types';

type GasRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GasRuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GasBooleanCondition = GoogleAppsScript.Spreadsheet.BooleanCondition;
type Criteria = keyof typeof BooleanCriteria;

export interface RuleFormat {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

const NO_FORMAT: RuleFormat = {
  background: null,
  fontColor: null,
  bold: null,
  italic: null,
  strikethrough: null,
  underline: null,
};

interface RuleState {
  criteria?: Criteria;
  args: unknown[];
  format: RuleFormat;
  ranges: unknown[];
}

function cloneState(s: RuleState): RuleState {
  return { criteria: s.criteria, args: [...s.args], format: { ...s.format }, ranges: [...s.ranges] };
}

export class EmuBooleanCondition
  implements
    Pick<
      GasBooleanCondition,
      | 'getBackground'
      | 'getBold'
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'getFontColor'
      | 'getItalic'
      | 'getStrikethrough'
      | 'getUnderline'
    >
{
  constructor(
    private readonly criteria: Criteria,
    private readonly args: readonly unknown[],
    private readonly format: RuleFormat,
  ) {}

  getBackground(): string | null {
    return this.format.background;
  }
  getBold(): boolean | null {
    return this.format.bold;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return asGas(this.criteria);
  }
  getCriteriaValues(): unknown[] {
    return [...this.args];
  }
  getFontColor(): string | null {
    return this.format.fontColor;
  }
  getItalic(): boolean | null {
    return this.format.italic;
  }
  getStrikethrough(): boolean | null {
    return this.format.strikethrough;
  }
  getUnderline(): boolean | null {
    return this.format.underline;
  }
}
registerClass(EmuBooleanCondition, 'BooleanCondition', 'builder');

export class EmuConditionalFormatRule implements Pick<GasRule, 'copy' | 'getBooleanCondition' | 'getRanges'> {
  constructor(
    private readonly env: Env,
    readonly state: RuleState,
  ) {}

  copy(): GasRuleBuilder {
    return asGas(new EmuConditionalFormatRuleBuilder(this.env, cloneState(this.state)));
  }

  /**
   * With `trimConditionText` on, text criteria read back trimmed, as a rule saved through the
   * Sheets sidebar may (" error" comes back as "error"): a script must not rely on the exact text.
   */
  getBooleanCondition(): GasBooleanCondition | null {
    const s = this.state;
    if (!s.criteria) return null;
    const trim = this.env.trimConditionText && s.criteria.startsWith('TEXT_');
    const args = trim ? s.args.map((a) => (typeof a === 'string' ? a.trim() : a)) : s.args;
    return asGas(new EmuBooleanCondition(s.criteria, args, { ...s.format }));
  }

  getGradientCondition(): null {
    return null;
  }

  getRanges(): GasRange[] {
    return asGas([...this.state.ranges]);
  }
}
registerClass(EmuConditionalFormatRule, 'ConditionalFormatRule', 'builder');

type BuilderMethods =
  | 'build'
  | 'copy'
  | 'getBooleanCondition'
  | 'getRanges'
  | 'setBackground'
  | 'setBold'
  | 'setFontColor'
  | 'setItalic'
  | 'setRanges'
  | 'setStrikethrough'
  | 'setUnderline'
  | 'whenCellEmpty'
  | 'whenCellNotEmpty'
  | 'whenFormulaSatisfied'
  | 'whenNumberBetween'
  | 'whenNumberEqualTo'
  | 'whenNumberGreaterThan'
  | 'whenNumberGreaterThanOrEqualTo'
  | 'whenNumberLessThan'
  | 'whenNumberLessThanOrEqualTo'
  | 'whenNumberNotBetween'
  | 'whenNumberNotEqualTo'
  | 'whenTextContains'
  | 'whenTextDoesNotContain'
  | 'whenTextEndsWith'
  | 'whenTextEqualTo'
  | 'whenTextStartsWith'
  | 'withCriteria';

export class EmuConditionalFormatRuleBuilder implements Pick<GasRuleBuilder, BuilderMethods> {
  constructor(
    private readonly env: Env,
    private readonly state: RuleState = { args: [], format: { ...NO_FORMAT }, ranges: [] },
  ) {}

  private when(criteria: Criteria, args: unknown[]): GasRuleBuilder {
    this.state.criteria = criteria;
    this.state.args = args;
    return asGas(this);
  }

  private format(change: Partial<RuleFormat>): GasRuleBuilder {
    Object.assign(this.state.format, change);
    return asGas(this);
  }

  build(): GasRule {
    if (!this.state.criteria)
      throw this.env.exception('Exception: Conditional format rule must have a condition.');
    return asGas(new EmuConditionalFormatRule(this.env, cloneState(this.state)));
  }

  copy(): GasRuleBuilder {
    return asGas(new EmuConditionalFormatRuleBuilder(this.env, cloneState(this.state)));
  }

  getBooleanCondition(): GasBooleanCondition | null {
    const s = this.state;
    return s.criteria ? asGas(new EmuBooleanCondition(s.criteria, s.args, { ...s.format })) : null;
  }

  getRanges(): GasRange[] {
    return asGas([...this.state.ranges]);
  }

  setBackground(color: string | null): GasRuleBuilder {
    return this.format({ background: color });
  }
  setBold(bold: boolean | null): GasRuleBuilder {
    return this.format({ bold });
  }
  setFontColor(color: string | null): GasRuleBuilder {
    return this.format({ fontColor: color });
  }
  setItalic(italic: boolean | null): GasRuleBuilder {
    return this.format({ italic });
  }
  setStrikethrough(strikethrough: boolean | null): GasRuleBuilder {
    return this.format({ strikethrough });
  }
  setUnderline(underline: boolean | null): GasRuleBuilder {
    return this.format({ underline });
  }

  setRanges(ranges: GasRange[]): GasRuleBuilder {
    if (!Array.isArray(ranges)) throw this.env.exception('Exception: Invalid argument: ranges');
    this.state.ranges = ranges.map((r) => unwrap(r));
    return asGas(this);
  }

  whenCellEmpty(): GasRuleBuilder {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): GasRuleBuilder {
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenFormulaSatisfied(formula: string): GasRuleBuilder {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  whenNumberBetween(start: number, end: number): GasRuleBuilder {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }
  whenNumberEqualTo(n: number): GasRuleBuilder {
    return this.when('NUMBER_EQUAL_TO', [n]);
  }
  whenNumberGreaterThan(n: number): GasRuleBuilder {
    return this.when('NUMBER_GREATER_THAN', [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): GasRuleBuilder {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberLessThan(n: number): GasRuleBuilder {
    return this.when('NUMBER_LESS_THAN', [n]);
  }
  whenNumberLessThanOrEqualTo(n: number): GasRuleBuilder {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberNotBetween(start: number, end: number): GasRuleBuilder {
    return this.when('NUMBER_NOT_BETWEEN', [start, end]);
  }
  whenNumberNotEqualTo(n: number): GasRuleBuilder {
    return this.when('NUMBER_NOT_EQUAL_TO', [n]);
  }
  whenTextContains(text: string): GasRuleBuilder {
    return this.when('TEXT_CONTAINS', [text]);
  }
  whenTextDoesNotContain(text: string): GasRuleBuilder {
    return this.when('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  whenTextEndsWith(text: string): GasRuleBuilder {
    return this.when('TEXT_ENDS_WITH', [text]);
  }
  whenTextEqualTo(text: string): GasRuleBuilder {
    return this.when('TEXT_EQUAL_TO', [text]);
  }
  whenTextStartsWith(text: string): GasRuleBuilder {
    return this.when('TEXT_STARTS_WITH', [text]);
  }

  withCriteria(criteria: GoogleAppsScript.Spreadsheet.BooleanCriteria, args: unknown[]): GasRuleBuilder {
    const name = String(criteria) as Criteria;
    if (!(name in BooleanCriteria)) throw this.env.exception('Exception: Invalid argument: criteria');
    return this.when(name, [...args]);
  }
}
registerClass(EmuConditionalFormatRuleBuilder, 'ConditionalFormatRuleBuilder', 'builder');
