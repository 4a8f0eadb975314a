/** disclosure_check: DISCLOSURE_CHECK on one row: the custom function itself, given the row's values. */
import { disclosureCheck } from '../functions/disclosure-check';
import { type CheckedText, cell, checkedText, type Sql } from './cells';

export function run(caption: Sql<string>, brand: Sql<string>): CheckedText {
  return checkedText(disclosureCheck(cell(caption), cell(brand)));
}
