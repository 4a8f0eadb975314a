/** Comparing and annotating Payouts cells: what counts as unchanged, and notes the add-on replaces. */

export const money = (amount: number): string => amount.toFixed(2);

/** A cell as read back equals the value planned: numbers to 1e-9, the rest as text. */
export function sameCell(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  return text(a) === text(b);
}

/**
 * Notes text without the sentences starting with `prefix`, then `added` (when given). A note holds
 * no "; " of its own, so the sentences split apart again.
 */
export function withNote(notes: unknown, prefix: string, added?: string): string {
  const kept = String(notes ?? '')
    .split('; ')
    .filter((n) => n !== '' && !n.startsWith(prefix));
  if (added) kept.push(added);
  return kept.join('; ');
}
