// Sheet protection, as far as the add-on uses it: Sheet.protect() and getProtections(SHEET), a
// description, and warning-only protection, under which every editor may still edit but Sheets
// asks first (https://developers.google.com/apps-script/reference/spreadsheet/protection,
// setWarningOnly and isWarningOnly). Editor lists are not emulated: the script's user is always an
// editor, and edits by `emu.user` are made as a person confirming the warning would.
import { registerClass } from './counting';
import type { EmuSheet } from './sheet';
import { asGas, type GasRange } from './types';

type Protection = GoogleAppsScript.Spreadsheet.Protection;

type ProtectionMethods =
  | 'canEdit'
  | 'getDescription'
  | 'getProtectionType'
  | 'getRange'
  | 'isWarningOnly'
  | 'remove'
  | 'setDescription'
  | 'setWarningOnly';

export class EmuProtection implements Pick<Protection, ProtectionMethods> {
  private description = '';
  private warningOnly = false;
  removed = false;

  constructor(private readonly sheet: EmuSheet) {}

  private self(): Protection {
    return asGas(this);
  }

  canEdit(): boolean {
    return true;
  }

  getDescription(): string {
    return this.description;
  }

  setDescription(description: string): Protection {
    this.description = String(description);
    return this.self();
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return asGas('SHEET');
  }

  /** A sheet protection covers the whole sheet. */
  getRange(): GasRange {
    return asGas(this.sheet.rangeAt(1, 1, this.sheet.data.maxRows, this.sheet.data.maxCols));
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): Protection {
    this.warningOnly = Boolean(warningOnly);
    return this.self();
  }

  remove(): void {
    this.removed = true;
  }
}
registerClass(EmuProtection, 'Protection', 'spreadsheet');
