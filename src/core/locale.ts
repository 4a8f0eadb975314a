/**
 * What a spreadsheet's locale changes for the add-on: the decimal separator of numbers typed as
 * text, and the separators of formula text. Sheets ties them together: where the decimal separator
 * is a comma, formula arguments are separated by ";" and array columns by "\" (Google's "Set a
 * spreadsheet's locale": https://support.google.com/docs/answer/58515). One table for both.
 */

export type DecimalSeparator = '.' | ',';

/** Languages whose numbers use a decimal comma (de_DE "1.500,50", fr_FR "1 500,50", pt_BR). */
const DECIMAL_COMMA_LANGUAGES = new Set(
  'az be bg ca cs da de el es et eu fi fr gl hr hu hy id in is it ka kk lt lv nb nl nn no pl pt ro ru sk sl sr sv tr uk'.split(
    ' ',
  ),
);

/** Locales of those languages that write a decimal point all the same. */
const DECIMAL_POINT_LOCALES = new Set(['es_MX', 'es_US', 'es_PR', 'de_CH', 'de_LI', 'it_CH']);

/** The decimal separator of a locale such as "en_US", "de_DE" or "pt" (language alone). */
export function decimalSeparatorOf(locale: string): DecimalSeparator {
  const normalised = String(locale ?? '').replace('-', '_');
  if (DECIMAL_POINT_LOCALES.has(normalised)) return '.';
  const language = normalised.split('_')[0].toLowerCase();
  return DECIMAL_COMMA_LANGUAGES.has(language) ? ',' : '.';
}

export interface FormulaSeparators {
  /** Between function arguments: "," or ";". */
  readonly argument: string;
  /** Between the columns of an array literal: "," or "\". Rows are always ";". */
  readonly column: string;
}

export function formulaSeparatorsOf(locale: string): FormulaSeparators {
  return decimalSeparatorOf(locale) === ','
    ? { argument: ';', column: '\\' }
    : { argument: ',', column: ',' };
}
