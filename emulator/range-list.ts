// RangeList: the ranges of a Ctrl-selection. Sheets hands onEdit only one of them (e.range); the
// others are found through Spreadsheet.getActiveRangeList(), "the list of active ranges in the active
// sheet" (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getActiveRangeList()).
import { registerClass } from './counting';
import type { EmuRange } from './range';
import { asGas, type GasRange } from './types';

export class EmuRangeList implements Pick<GoogleAppsScript.Spreadsheet.RangeList, 'getRanges'> {
  constructor(readonly ranges: readonly EmuRange[]) {}

  getRanges(): GasRange[] {
    return asGas([...this.ranges]);
  }
}
registerClass(EmuRangeList, 'RangeList', 'spreadsheet');
