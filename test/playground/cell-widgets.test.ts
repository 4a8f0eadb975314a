// The pure mapping from data validation rules to the grid's widgets, and the checks Sheets makes on
// an entry ("Show a warning" vs "Reject the input").
import {
  isTicked,
  pickText,
  type RuleFacts,
  toggleText,
  verdict,
  widgetFor,
} from '../../playground/cell-widgets';

const list = (items: string[], more: Partial<RuleFacts> = {}): RuleFacts => ({
  criteria: 'VALUE_IN_LIST',
  items,
  showDropdown: true,
  allowInvalid: true,
  ...more,
});
const checkbox = (more: Partial<RuleFacts> = {}): RuleFacts => ({
  criteria: 'CHECKBOX',
  allowInvalid: false,
  ...more,
});

describe('widgetFor', () => {
  it('draws a list rule as a dropdown of its values, once each and without blanks', () => {
    expect(widgetFor(list(['Discovery', 'Exit', '', 'Exit']))).toEqual({
      kind: 'dropdown',
      options: ['Discovery', 'Exit'],
      allowInvalid: true,
    });
    expect(
      widgetFor({ criteria: 'VALUE_IN_RANGE', items: ['a', 'b'], showDropdown: true, allowInvalid: false }),
    ).toEqual({ kind: 'dropdown', options: ['a', 'b'], allowInvalid: false });
  });

  it('draws a list with showDropdown false as a plain cell, as Sheets hides the menu', () => {
    expect(widgetFor(list(['a'], { showDropdown: false }))).toBeUndefined();
  });

  it('draws a checkbox rule with TRUE/FALSE, or the values the rule names', () => {
    expect(widgetFor(checkbox())).toEqual({ kind: 'checkbox', checked: 'TRUE', unchecked: 'FALSE' });
    expect(widgetFor(checkbox({ checkedValue: 'yes', uncheckedValue: 'no' }))).toEqual({
      kind: 'checkbox',
      checked: 'yes',
      unchecked: 'no',
    });
    expect(widgetFor(checkbox({ checkedValue: 'done' }))).toEqual({
      kind: 'checkbox',
      checked: 'done',
      unchecked: '',
    });
  });

  it('leaves other criteria as plain cells', () => {
    expect(widgetFor({ criteria: 'NUMBER_BETWEEN', allowInvalid: true })).toBeUndefined();
  });
});

describe('verdict', () => {
  it('accepts a list value, a blank, and nothing else; the rule says warn or reject', () => {
    expect(verdict(list(['Promotion']), 'Promotion')).toEqual({ valid: true });
    expect(verdict(list(['Promotion']), '')).toEqual({ valid: true });
    expect(verdict(list(['Promotion']), 'promotion')).toEqual({
      valid: false,
      reject: false,
      message: 'Input must be an item on the specified list.',
    });
    expect(verdict(list(['Promotion'], { allowInvalid: false }), 'Launch')).toMatchObject({
      valid: false,
      reject: true,
    });
  });

  it('checks a hidden-dropdown list all the same', () => {
    expect(verdict(list(['a'], { showDropdown: false, allowInvalid: false }), 'b')).toMatchObject({
      reject: true,
    });
  });

  it('accepts TRUE/FALSE in any case in a checkbox, and names the values when refusing', () => {
    for (const ok of ['TRUE', 'false', 'True', '']) expect(verdict(checkbox(), ok)).toEqual({ valid: true });
    expect(verdict(checkbox(), 'maybe')).toEqual({
      valid: false,
      reject: true,
      message: 'Input must be a checkbox value (TRUE or FALSE).',
    });
    expect(verdict(checkbox({ checkedValue: 'done' }), 'x')).toMatchObject({
      message: 'Input must be a checkbox value (done).',
    });
  });

  it('lets criteria it does not check pass', () => {
    expect(verdict({ criteria: 'DATE_AFTER', allowInvalid: false }, 'anything')).toEqual({ valid: true });
  });
});

describe('what the page sends', () => {
  it('sends a pick as text, so no item becomes a formula or a number', () => {
    expect(pickText('=HYPERLINK("http://evil.example")')).toBe('\'=HYPERLINK("http://evil.example")');
    expect(pickText('10%')).toBe("'10%");
    expect(pickText('Promotion')).toBe("'Promotion");
  });

  it('sends TRUE/FALSE for a tick and an untick, and a rule’s own values as text', () => {
    const plain = { checked: 'TRUE', unchecked: 'FALSE' };
    expect(toggleText(plain, true)).toBe('TRUE');
    expect(toggleText(plain, false)).toBe('FALSE');
    expect(toggleText({ checked: '+1', unchecked: '' }, true)).toBe("'+1");
    expect(toggleText({ checked: '+1', unchecked: '' }, false)).toBe('');
  });

  it('shows a tick for the checked value, none for unchecked or blank, text for anything else', () => {
    const plain = { checked: 'TRUE', unchecked: 'FALSE' };
    expect(isTicked(plain, 'TRUE')).toBe(true);
    expect(isTicked(plain, 'true')).toBe(true);
    expect(isTicked(plain, 'FALSE')).toBe(false);
    expect(isTicked(plain, '')).toBe(false);
    expect(isTicked(plain, 'maybe')).toBeUndefined();
  });
});
