// The spreadsheet's locale as the emulator reads it: formula separators and typed numbers follow it.

/**
 * Locales whose formulas use ";" between arguments (and a decimal comma), from the separators Sheets
 * shows per locale in File > Settings. The emulator keeps its own list rather than the add-on's, so
 * a test compares the add-on against an independent statement of the rule.
 */
const SEMICOLON_LANGUAGES = new Set([
  'de',
  'fr',
  'es',
  'pt',
  'it',
  'nl',
  'da',
  'fi',
  'sv',
  'nb',
  'pl',
  'ru',
  'tr',
  'cs',
  'hu',
]);

export function usesDecimalComma(locale: string): boolean {
  if (locale === 'es_MX' || locale === 'es_US') return false;
  return SEMICOLON_LANGUAGES.has(locale.split(/[_-]/)[0].toLowerCase());
}
