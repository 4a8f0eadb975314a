// Rich text values, as far as the add-on uses them: a cell's text with one link over all of it
// (SpreadsheetApp.newRichTextValue().setText(t).setLinkUrl(url).build(), Range.setRichTextValue).
// https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value-builder
import { registerClass } from './counting';
import { asGas } from './types';

type RichTextValue = GoogleAppsScript.Spreadsheet.RichTextValue;
type Builder = GoogleAppsScript.Spreadsheet.RichTextValueBuilder;

export class EmuRichTextValue implements Pick<RichTextValue, 'getText' | 'getLinkUrl'> {
  constructor(
    private readonly text: string,
    private readonly link: string | null,
  ) {}

  getText(): string {
    return this.text;
  }

  /** The link over the whole text, or null. */
  getLinkUrl(): string | null {
    return this.link;
  }
}
registerClass(EmuRichTextValue, 'RichTextValue', 'builder');

export class EmuRichTextValueBuilder implements Pick<Builder, 'setText' | 'setLinkUrl' | 'build'> {
  private text = '';
  private link: string | null = null;

  setText(text: string): Builder {
    this.text = String(text);
    return asGas(this);
  }

  /** Only the whole-text form (setLinkUrl(url)); a partial link is not modelled. */
  setLinkUrl(...args: unknown[]): Builder {
    if (args.length !== 1) throw new Error('emulator: only setLinkUrl(url) over the whole text is modelled');
    this.link = args[0] === null ? null : String(args[0]);
    return asGas(this);
  }

  build(): RichTextValue {
    return asGas(new EmuRichTextValue(this.text, this.link));
  }
}
registerClass(EmuRichTextValueBuilder, 'RichTextValueBuilder', 'builder');
