import { disclosureCheck as checkCaption } from '../core/disclosure/disclosure';
import { brandProblem } from '../core/disclosure/language';
import { CallError, describeValue, isBlank, isDate, RowError } from '../core/values';
import { perRow } from './per-row';
import { asCallError } from './rows';

const NON_SPACE = /\S/;

function text(value: unknown, name: string): string {
  if (typeof value === 'string') return value;
  if (value === undefined || isBlank(value)) return '';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new RowError(`${name} must be text (got ${isDate(value) ? 'a date' : describeValue(value)})`);
}

export function disclosureCheck(caption: unknown, brand?: unknown) {
  try {
    if (caption === undefined) throw new CallError('needs a caption');
    return perRow(
      [
        ['caption', caption],
        ['brand', brand],
      ],
      (cells) => {
        const captionText = text(cells[0], 'caption');
        if (!NON_SPACE.test(captionText)) throw new RowError('caption is blank');
        const brandText = text(cells[1], 'brand');
        const problem = brandProblem(brandText);
        if (problem) throw new RowError(`brand ${problem} (got ${describeValue(brandText)})`);
        return checkCaption(captionText, brandText);
      },
    );
  } catch (error) {
    throw asCallError('DISCLOSURE_CHECK', error);
  }
}
