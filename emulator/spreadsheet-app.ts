// SpreadsheetApp: the way in to the active spreadsheet, the Ui, builders and enums.
import { EmuConditionalFormatRuleBuilder } from './conditional-format';
import { registerClass } from './counting';
import { BooleanCriteria, DataValidationCriteria, Dimension, ProtectionType, WrapStrategy } from './enums';
import type { Env } from './env';
import { EmuRichTextValueBuilder } from './rich-text';
import type { EmuSpreadsheet } from './spreadsheet';
import { asGas, type GasRange, type GasSheet, type GasSpreadsheet } from './types';
import type { EmuUi } from './ui';
import { EmuDataValidationBuilder } from './validation';

type AppMethods =
  | 'flush'
  | 'getActive'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getActiveSpreadsheet'
  | 'getUi'
  | 'newConditionalFormatRule'
  | 'newDataValidation'
  | 'newRichTextValue'
  | 'openById'
  | 'setActiveRange'
  | 'setActiveSheet';

export class EmuSpreadsheetApp implements Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, AppMethods> {
  readonly BooleanCriteria = BooleanCriteria;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  readonly Dimension = Dimension;
  readonly WrapStrategy = WrapStrategy;

  constructor(
    private readonly env: Env,
    private readonly spreadsheet: EmuSpreadsheet,
    private readonly ui: EmuUi,
  ) {}

  /** Writes are applied at once in the emulator, so there is nothing to flush. */
  flush(): void {}

  /** Null in a run without a containing document ("or null if there is none"). */
  getActive(): GasSpreadsheet {
    return asGas(this.env.documentContext ? this.spreadsheet : null);
  }

  getActiveSpreadsheet(): GasSpreadsheet {
    return asGas(this.env.documentContext ? this.spreadsheet : null);
  }

  getActiveSheet(): GasSheet {
    return this.spreadsheet.getActiveSheet();
  }

  getActiveRange(): GasRange {
    return asGas(this.spreadsheet.activeRangeRaw());
  }

  setActiveSheet(sheet: GasSheet, restoreSelection?: boolean): GasSheet {
    return this.spreadsheet.setActiveSheet(sheet, restoreSelection);
  }

  setActiveRange(range: GasRange): GasRange {
    return this.spreadsheet.setActiveRange(range);
  }

  openById(id: string): GasSpreadsheet {
    if (id !== this.spreadsheet.getId()) {
      throw this.env.exception(
        'Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    }
    return asGas(this.spreadsheet);
  }

  getUi(): GoogleAppsScript.Base.Ui {
    if (!this.env.documentContext)
      throw this.env.exception('Exception: Cannot call SpreadsheetApp.getUi() from this context.');
    return asGas(this.ui);
  }

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return asGas(new EmuConditionalFormatRuleBuilder(this.env));
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return asGas(new EmuDataValidationBuilder(this.env));
  }

  newRichTextValue(): GoogleAppsScript.Spreadsheet.RichTextValueBuilder {
    return asGas(new EmuRichTextValueBuilder());
  }
}
registerClass(EmuSpreadsheetApp, 'SpreadsheetApp', 'spreadsheet');
