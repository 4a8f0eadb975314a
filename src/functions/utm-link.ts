import { buildUtmLink } from '../core/tracking/utm';
import { CELL_MAX_CHARACTERS } from '../core/user-text';
import { CallError, describeValue, isBlank, isDate, RowError } from '../core/values';
import { perRow } from './per-row';
import { asCallError } from './rows';

/** A tag value as text: numbers read as typed (a campaign called 2026); dates and ticks are mistakes. */
function tagText(value: unknown, name: string): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (value === undefined || isBlank(value)) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new RowError(`${name} must be text (got ${isDate(value) ? 'a date' : describeValue(value)})`);
}

export function utmLink(
  url: unknown,
  source: unknown,
  medium: unknown,
  campaign: unknown,
  content?: unknown,
  term?: unknown,
) {
  try {
    if (url === undefined || source === undefined || medium === undefined || campaign === undefined) {
      throw new CallError('needs url, source, medium and campaign');
    }
    return perRow(
      [
        ['url', url],
        ['source', source],
        ['medium', medium],
        ['campaign', campaign],
        ['content', content],
        ['term', term],
      ],
      (cells) => {
        const link = tagText(cells[0], 'url');
        if (link === undefined) throw new RowError('url is blank');
        const tagged = buildUtmLink(link, {
          source: tagText(cells[1], 'source') ?? '',
          medium: tagText(cells[2], 'medium') ?? '',
          campaign: tagText(cells[3], 'campaign') ?? '',
          content: tagText(cells[4], 'content'),
          term: tagText(cells[5], 'term'),
        });
        // A long landing URL plus its tags can outgrow the cell it would be shown in.
        if (tagged.length > CELL_MAX_CHARACTERS) {
          throw new RowError(
            `the tagged link would be ${tagged.length} characters, more than the ${CELL_MAX_CHARACTERS} a cell holds`,
          );
        }
        return tagged;
      },
    );
  } catch (error) {
    throw asCallError('UTM_LINK', error);
  }
}
