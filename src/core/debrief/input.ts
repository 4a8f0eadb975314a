/**
 * What a person adds to a debrief: the free text (what worked, what didn't, what to change), the
 * two judgements the numbers cannot make (audience shifting away, a strained relationship), and the
 * two actuals Results cannot hold (pieces published, customer lifetime value). Untrusted JSON from
 * the dialog: only these keys, only text and ticks; numbers are parsed here, never guessed.
 */
import type { FieldError } from '../brief/check';
import { parseCount, parseMoney } from '../brief/check';
import { MAX_TEXT } from '../brief/draft';

export const DEBRIEF_TEXT_FIELDS = [
  { key: 'worked', label: 'What worked' },
  { key: 'didNotWork', label: "What didn't" },
  { key: 'toChange', label: 'What to change' },
] as const;
export const DEBRIEF_TICKS = [
  { key: 'audienceShifting', label: 'The audience is shifting away from the brand' },
  { key: 'strainedRelationship', label: 'The relationship is strained' },
] as const;
export const DEBRIEF_NUMBERS = [
  { key: 'contentOutput', label: 'Pieces published', kind: 'count' },
  { key: 'lifetimeValue', label: 'Customer lifetime value', kind: 'money' },
] as const;

type TextKey = (typeof DEBRIEF_TEXT_FIELDS)[number]['key'];
type TickKey = (typeof DEBRIEF_TICKS)[number]['key'];
type NumberKey = (typeof DEBRIEF_NUMBERS)[number]['key'];

/** As the dialog sends it: text as typed, ticks as booleans. */
export interface DebriefForm {
  readonly text: Readonly<Record<TextKey, string>>;
  readonly ticks: Readonly<Record<TickKey, boolean>>;
  readonly numbers: Readonly<Record<NumberKey, string>>;
}

/** The form read: numbers parsed (undefined when left blank). */
export interface DebriefNotes {
  readonly text: Readonly<Record<TextKey, string>>;
  readonly ticks: Readonly<Record<TickKey, boolean>>;
  readonly contentOutput?: number;
  readonly lifetimeValue?: number;
}

const own = (obj: unknown, key: string): unknown =>
  obj && typeof obj === 'object' ? Object.getOwnPropertyDescriptor(obj, key)?.value : undefined;

/** Only the form's own keys (so "__proto__" finds nothing), only text and booleans. */
export function normalizeDebriefForm(input: unknown): DebriefForm {
  const section = (name: string) => own(input, name);
  const text = {} as Record<TextKey, string>;
  for (const { key } of DEBRIEF_TEXT_FIELDS) {
    const v = own(section('text'), key);
    text[key] = typeof v === 'string' ? v : '';
  }
  const ticks = {} as Record<TickKey, boolean>;
  for (const { key } of DEBRIEF_TICKS) ticks[key] = own(section('ticks'), key) === true;
  const numbers = {} as Record<NumberKey, string>;
  for (const { key } of DEBRIEF_NUMBERS) {
    const v = own(section('numbers'), key);
    numbers[key] = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
  }
  return { text, ticks, numbers };
}

export function emptyDebriefForm(): DebriefForm {
  return normalizeDebriefForm({});
}

/** The form checked: each problem beside its field, or the notes. */
export function readDebriefForm(form: DebriefForm): { notes?: DebriefNotes; errors: FieldError[] } {
  const errors: FieldError[] = [];
  for (const { key, label } of DEBRIEF_TEXT_FIELDS) {
    const n = form.text[key].length;
    if (n > MAX_TEXT.long)
      errors.push({
        field: key,
        message: `${label} is too long (${n} characters, at most ${MAX_TEXT.long})`,
      });
  }
  const parsed: Partial<Record<NumberKey, number>> = {};
  for (const { key, label, kind } of DEBRIEF_NUMBERS) {
    const t = form.numbers[key].trim();
    if (t === '') continue;
    const n = kind === 'count' ? parseCount(t) : parseMoney(t);
    if (n === undefined)
      errors.push({
        field: key,
        message:
          kind === 'count'
            ? `${label} must be a whole number of 0 or more`
            : `${label} must be an amount of 0 or more`,
      });
    else parsed[key] = n;
  }
  if (errors.length) return { errors };
  return {
    errors,
    notes: {
      text: form.text,
      ticks: form.ticks,
      contentOutput: parsed.contentOutput,
      lifetimeValue: parsed.lifetimeValue,
    },
  };
}
