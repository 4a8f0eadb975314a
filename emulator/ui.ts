// SpreadsheetApp.getUi(): menus, alerts, sidebars and dialogs, recorded in emulator.ui for tests.
import { registerClass, unwrap } from './counting';
import { Button, ButtonSet } from './enums';
import type { Env } from './env';
import { EmuHtmlOutput } from './html';
import { asGas, type MenuRecord } from './types';

type GasMenu = GoogleAppsScript.Base.Menu;
type GasButton = GoogleAppsScript.Base.Button;
type GasButtonSet = GoogleAppsScript.Base.ButtonSet;

/** What alert and prompt were shown, from their three forms: (prompt), (prompt, buttons), (title, prompt, buttons). */
function dialogRecord(a: string, b?: string | GasButtonSet, c?: GasButtonSet) {
  if (c !== undefined) return { title: String(a), prompt: String(b), buttons: String(c) };
  if (b !== undefined) return { prompt: String(a), buttons: String(b) };
  return { prompt: String(a) };
}

export class EmuMenu implements Pick<GasMenu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  readonly items: MenuRecord['items'] = [];

  constructor(
    private readonly env: Env,
    readonly title: string,
  ) {}

  private self(): GasMenu {
    return asGas(this);
  }

  addItem(caption: string, functionName: string): GasMenu {
    this.items.push({ caption: String(caption), functionName: String(functionName) });
    return this.self();
  }

  addSeparator(): GasMenu {
    this.items.push({ caption: '---', functionName: '' });
    return this.self();
  }

  /** Sub-menu items are recorded flat, as 'Sub-menu title > Item caption'. */
  addSubMenu(menu: GasMenu): GasMenu {
    const sub = unwrap(menu);
    if (!(sub instanceof EmuMenu)) throw this.env.exception('Exception: Invalid argument: menu');
    for (const item of sub.items) {
      this.items.push({
        caption:
          item.functionName === '' && item.caption === '---' ? '---' : `${sub.title} > ${item.caption}`,
        functionName: item.functionName,
      });
    }
    return this.self();
  }

  /** Adding a menu with the same title again replaces it, as in Sheets. */
  addToUi(): void {
    const record: MenuRecord = { title: this.title, items: this.items.map((i) => ({ ...i })) };
    const menus = this.env.ui.menus;
    const existing = menus.findIndex((m) => m.title === this.title);
    if (existing >= 0) menus[existing] = record;
    else menus.push(record);
  }
}
registerClass(EmuMenu, 'Menu', 'ui');

export class EmuUi
  implements
    Pick<
      GoogleAppsScript.Base.Ui,
      | 'alert'
      | 'prompt'
      | 'createAddonMenu'
      | 'createMenu'
      | 'showModalDialog'
      | 'showModelessDialog'
      | 'showSidebar'
    >
{
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly env: Env) {}

  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons); answers from ui.alertResponses. */
  alert(a: string, b?: string | GasButtonSet, c?: GasButtonSet): GasButton {
    this.env.ui.alerts.push(dialogRecord(a, b, c));
    return asGas(this.env.ui.alertResponses.shift() ?? 'OK');
  }

  /**
   * prompt(prompt), prompt(prompt, buttons), prompt(title, prompt, buttons), as Ui.prompt; the answer
   * comes from ui.promptResponses. The text is returned whatever the button, as Google's PromptResponse
   * says (https://developers.google.com/apps-script/reference/base/prompt-response#getResponseText()).
   */
  prompt(a: string, b?: string | GasButtonSet, c?: GasButtonSet): GoogleAppsScript.Base.PromptResponse {
    this.env.ui.prompts.push(dialogRecord(a, b, c));
    const answer = this.env.ui.promptResponses.shift() ?? { text: '' };
    return asGas(new EmuPromptResponse(String(answer.text), answer.button ?? 'OK'));
  }

  createAddonMenu(): GasMenu {
    return asGas(new EmuMenu(this.env, this.env.addonName));
  }

  createMenu(caption: string): GasMenu {
    return asGas(new EmuMenu(this.env, String(caption)));
  }

  private html(userInterface: GoogleAppsScript.HTML.HtmlOutput): EmuHtmlOutput {
    const raw = unwrap(userInterface);
    if (!(raw instanceof EmuHtmlOutput))
      throw this.env.exception('Exception: Invalid argument: userInterface');
    return raw;
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    const html = this.html(userInterface);
    this.env.ui.sidebars.push({ title: html.getTitle(), html: html.getContent() });
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.env.ui.dialogs.push({ title: String(title), html: this.html(userInterface).getContent() });
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.showModalDialog(userInterface, title);
  }
}
registerClass(EmuUi, 'Ui', 'ui');

/** What Ui.prompt returns: the text typed and the button that closed the dialog. */
export class EmuPromptResponse
  implements Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'>
{
  constructor(
    private readonly text: string,
    private readonly button: string,
  ) {}

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): GasButton {
    return asGas(this.button);
  }
}
registerClass(EmuPromptResponse, 'PromptResponse', 'ui');
