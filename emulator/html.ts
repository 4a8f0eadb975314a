// HtmlService: HtmlOutput objects carry the page content and title to Ui.showSidebar/showModalDialog.
import { registerClass, unwrap } from './counting';
import { SandboxMode, XFrameOptionsMode } from './enums';
import type { Env } from './env';
import { asGas } from './types';

type GasHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export class EmuHtmlOutput
  implements
    Pick<
      GasHtmlOutput,
      | 'addMetaTag'
      | 'append'
      | 'appendUntrusted'
      | 'clear'
      | 'getContent'
      | 'getHeight'
      | 'getTitle'
      | 'getWidth'
      | 'setContent'
      | 'setHeight'
      | 'setSandboxMode'
      | 'setTitle'
      | 'setWidth'
      | 'setXFrameOptionsMode'
    >
{
  private title = '';
  private width = 0;
  private height = 0;
  readonly metaTags: { name: string; content: string }[] = [];
  sandboxMode = 'IFRAME';
  xFrameOptionsMode = 'DEFAULT';

  constructor(private content: string) {}

  private self(): GasHtmlOutput {
    return asGas(this);
  }

  addMetaTag(name: string, content: string): GasHtmlOutput {
    this.metaTags.push({ name: String(name), content: String(content) });
    return this.self();
  }

  append(addedContent: string): GasHtmlOutput {
    this.content += String(addedContent);
    return this.self();
  }

  appendUntrusted(addedContent: string): GasHtmlOutput {
    this.content += escapeHtml(String(addedContent));
    return this.self();
  }

  clear(): GasHtmlOutput {
    this.content = '';
    return this.self();
  }

  getContent(): string {
    return this.content;
  }

  getHeight(): number {
    return this.height;
  }

  getTitle(): string {
    return this.title;
  }

  getWidth(): number {
    return this.width;
  }

  setContent(content: string): GasHtmlOutput {
    this.content = String(content);
    return this.self();
  }

  setHeight(height: number): GasHtmlOutput {
    this.height = height;
    return this.self();
  }

  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GasHtmlOutput {
    this.sandboxMode = String(mode);
    return this.self();
  }

  setTitle(title: string): GasHtmlOutput {
    this.title = String(title);
    return this.self();
  }

  setWidth(width: number): GasHtmlOutput {
    this.width = width;
    return this.self();
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GasHtmlOutput {
    this.xFrameOptionsMode = String(mode);
    return this.self();
  }
}
registerClass(EmuHtmlOutput, 'HtmlOutput', 'html');

export class EmuHtmlService
  implements Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput' | 'createHtmlOutputFromFile'>
{
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(private readonly env: Env) {}

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): GasHtmlOutput {
    if (html !== undefined && typeof html !== 'string') {
      return asGas(new EmuHtmlOutput(unwrap(html).getBlob().getDataAsString()));
    }
    return asGas(new EmuHtmlOutput(html ?? ''));
  }

  /** From EmulatorOptions.htmlFiles; the name may be given with or without '.html'. */
  createHtmlOutputFromFile(filename: string): GasHtmlOutput {
    const name = String(filename).replace(/\.html$/, '');
    const content = this.env.htmlFiles[name];
    if (content === undefined)
      throw this.env.exception(`Exception: No HTML file named ${filename} was found.`);
    return asGas(new EmuHtmlOutput(content));
  }
}
registerClass(EmuHtmlService, 'HtmlService', 'html');
