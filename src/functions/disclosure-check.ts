import { brandTagStem, disclosureCheck as checkCaption } from '../core/disclosure';
import { CallError, describeValue, isBlank, isDate, RowError } from '../core/values';
import { perRow } from './per-row';
import { asCallError } from './rows';

function text(value: unknown, name: string): string {
  if (value === undefined || isBlank(value)) return '';
  if (typeof value === 'string') return value;
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
      ([c, b]) => {
        const captionText = text(c, 'caption');
        if (captionText.trim() === '') throw new RowError('caption is blank');
        const brandText = text(b, 'brand');
        if (brandText.trim() !== '' && brandTagStem(brandText) === '') {
          throw new RowError(`brand must contain letters or digits (got ${describeValue(brandText)})`);
        }
        return checkCaption(captionText, brandText);
      },
    );
  } catch (error) {
    throw asCallError('DISCLOSURE_CHECK', error);
  }
}
