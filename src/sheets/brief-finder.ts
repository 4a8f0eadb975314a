/**
 * The brief sheets of many partnerships at once (Prepare payouts reads each one's columns A:B),
 * asking as few sheet names as it can. A Brief cell the add-on wrote links to its sheet
 * (`#gid=…`, src/sheets/sheet-link.ts): one read of the Brief column and one list of the sheets
 * (whose IDs every handle knows) find every linked brief with no name asked. The reader checks
 * the sheet's A1 (briefCompensation does); a brief not found that way is looked up by its name,
 * "Brief P-0001": one lookup each, or, when that would be more calls, every sheet's name once.
 */
import { briefSheetName } from './brief-sheet';
import { linkedSheetId } from './sheet-link';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface BriefFinder {
  /** The sheet the row's Brief cell links to, if any (0-based data row). Not checked yet. */
  linked(dataRow: number): Sheet | undefined;
  /** Says how many partnerships will be looked up by name, to choose the cheaper way; call once, first. */
  useNamesFor(count: number): void;
  /** The sheet named "Brief <id>", if any. */
  named(id: string): Sheet | undefined;
}

/** `briefColumn`: the Pipeline's 0-based Brief column, if it has one; `rows`: its data rows. */
export function briefFinder(
  ss: Spreadsheet,
  pipeline: Sheet,
  briefColumn: number | undefined,
  rows: number,
): BriefFinder {
  const links =
    briefColumn === undefined || rows === 0
      ? []
      : pipeline
          .getRange(2, briefColumn + 1, rows, 1)
          .getRichTextValues()
          .map((cells) => linkedSheetId(cells[0]));
  let sheets: Sheet[] | undefined;
  const allSheets = () => {
    sheets ??= ss.getSheets();
    return sheets;
  };
  let byId: Map<number, Sheet> | undefined;
  let byName: Map<string, Sheet> | undefined;
  return {
    linked(dataRow) {
      const id = links[dataRow];
      if (id === undefined) return undefined;
      byId ??= new Map(allSheets().map((sheet) => [sheet.getSheetId(), sheet]));
      const sheet = byId.get(id);
      // A link to the Pipeline itself is someone's own, not a brief.
      return sheet && sheet.getSheetId() !== pipeline.getSheetId() ? sheet : undefined;
    },
    useNamesFor(unlinked) {
      // One lookup per partnership, or every sheet's name once: whichever asks less.
      if (unlinked > allSheets().length) {
        byName = new Map(allSheets().map((sheet) => [sheet.getName(), sheet]));
      }
    },
    named(id) {
      const name = briefSheetName(id);
      if (byName) return byName.get(name);
      return ss.getSheetByName(name) ?? undefined;
    },
  };
}
