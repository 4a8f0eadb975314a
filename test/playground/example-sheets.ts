// The sheets of examples/partnerships.xlsx, in order, as scripts/make-example.ts makes them: the
// playground, file and headless tests all expect this list (a forecast run appends "Forecast").
export const EXAMPLE_SHEETS = [
  'Pipeline',
  'Assumptions',
  'Actuals',
  'Results',
  'Payouts',
  'Statement P-0029 2026-10',
  'Brief P-0029',
  'Debrief P-0029',
] as const;
