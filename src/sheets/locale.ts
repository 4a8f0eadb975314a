/**
 * The spreadsheet's locale, for numbers typed as text and for formula text. Looked up once per
 * execution, and only when something needs it, so runs that read no numeric text make no extra call.
 */
import { decimalSeparatorOf } from '../core/locale';
import { setDecimalSeparator } from '../core/values';

export function spreadsheetLocale(): string {
  try {
    return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
  } catch {
    // No spreadsheet (a standalone run): read numbers as en_US does.
    return 'en_US';
  }
}

/** Numbers typed as text are read with the spreadsheet's decimal separator ("1.500,50" in de_DE). */
export function useSpreadsheetLocale(): void {
  let separator: ReturnType<typeof decimalSeparatorOf> | undefined;
  setDecimalSeparator(() => {
    separator = separator ?? decimalSeparatorOf(spreadsheetLocale());
    return separator;
  });
}
