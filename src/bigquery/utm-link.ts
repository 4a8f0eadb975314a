/** utm_link: UTM_LINK on one row: the custom function itself, given the row's values. */
import { utmLink } from '../functions/utm-link';
import { type CheckedText, cell, checkedText, type Sql } from './cells';

export function run(
  url: Sql<string>,
  source: Sql<string>,
  medium: Sql<string>,
  campaign: Sql<string>,
  content: Sql<string>,
  term: Sql<string>,
): CheckedText {
  return checkedText(
    utmLink(cell(url), cell(source), cell(medium), cell(campaign), cell(content), cell(term)),
  );
}
