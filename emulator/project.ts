// What one user's installed add-on shares across every spreadsheet they open: the user's
// properties, the script's properties and the user's installable triggers. Document properties,
// sheets, locks and the UI belong to one spreadsheet (one Env).
// https://developers.google.com/apps-script/guides/properties ("User properties ... shared by
// every document the script runs in for that user"; document properties are per document)
// https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)
import type { TriggerRecord } from './types';

export class Project {
  /** Every installable trigger of the script, of every user and spreadsheet (owner, spreadsheetId say whose). */
  readonly triggers: TriggerRecord[] = [];
  /** User properties by user email: one store per user, the same in every spreadsheet. */
  readonly userStores = new Map<string, Map<string, string>>();
  readonly scriptStore = new Map<string, string>();
  private nextTrigger = 1;
  private spreadsheets = 0;

  userStore(email: string): Map<string, string> {
    let store = this.userStores.get(email);
    if (!store) {
      store = new Map();
      this.userStores.set(email, store);
    }
    return store;
  }

  triggerId(): string {
    return String(4_000_000_000 + this.nextTrigger++);
  }

  /** The first spreadsheet keeps the emulator's historic ID; later ones get their own. */
  spreadsheetId(): string {
    const n = this.spreadsheets++;
    const legacy = '1EmuLatedSpreadsheetId0000000000000000000000';
    return n === 0 ? legacy : legacy.slice(0, legacy.length - 6) + String(n).padStart(6, '0');
  }
}
