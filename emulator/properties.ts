// PropertiesService: document, script and user stores of strings, with Apps Script's size limits
// counted in UTF-8 bytes (9 KB per property, key + value; 500 KB per store). The user and script
// stores are the project's, shared by every spreadsheet of the emulated user (emulator.openAnother).
// https://developers.google.com/apps-script/guides/services/quotas ("Properties value size 9 KB / val",
// "Properties total storage 500 KB / property store")
import { registerClass } from './counting';
import type { Env } from './env';
import { asGas } from './types';

type GasProperties = GoogleAppsScript.Properties.Properties;

export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export class EmuProperties
  implements
    Pick<
      GasProperties,
      | 'deleteAllProperties'
      | 'deleteProperty'
      | 'getKeys'
      | 'getProperties'
      | 'getProperty'
      | 'setProperties'
      | 'setProperty'
    >
{
  constructor(
    private readonly env: Env,
    private readonly store: Map<string, string> = new Map(),
  ) {}

  private self(): GasProperties {
    return asGas(this);
  }

  private size(entries: Iterable<[string, string]>): number {
    let total = 0;
    for (const [k, v] of entries) total += bytes(k) + bytes(v);
    return total;
  }

  /** Checks and then applies a change, so a rejected change leaves the store as it was. */
  private commit(next: Map<string, string>, changed: Iterable<[string, string]>): void {
    for (const [k, v] of changed) {
      if (bytes(k) + bytes(v) > PROPERTY_VALUE_LIMIT)
        throw this.env.exception('Exception: Argument too large: value');
    }
    if (this.size(next) > PROPERTY_STORE_LIMIT) {
      throw this.env.exception(
        'Exception: You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
  }

  deleteAllProperties(): GasProperties {
    this.store.clear();
    return this.self();
  }

  deleteProperty(key: string): GasProperties {
    this.store.delete(String(key));
    return this.self();
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): GasProperties {
    const changed = Object.entries(properties ?? {}).map(([k, v]) => [k, String(v)] as [string, string]);
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [k, v] of changed) next.set(k, v);
    this.commit(next, changed);
    return this.self();
  }

  setProperty(key: string, value: string): GasProperties {
    const entry: [string, string] = [String(key), String(value)];
    const next = new Map(this.store);
    next.set(...entry);
    this.commit(next, [entry]);
    return this.self();
  }
}
registerClass(EmuProperties, 'Properties', 'properties');

export class EmuPropertiesService
  implements
    Pick<
      GoogleAppsScript.Properties.PropertiesService,
      'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'
    >
{
  private readonly document: EmuProperties;
  private readonly script: EmuProperties;
  /** One store per user (emulator.setUser): each person sees only their own user properties. */
  private readonly users = new Map<string, EmuProperties>();

  constructor(private readonly env: Env) {
    this.document = new EmuProperties(env);
    this.script = new EmuProperties(env, env.project.scriptStore);
  }

  getDocumentProperties(): GasProperties {
    return asGas(this.document);
  }

  getScriptProperties(): GasProperties {
    return asGas(this.script);
  }

  getUserProperties(): GasProperties {
    let store = this.users.get(this.env.userEmail);
    if (!store) {
      // This spreadsheet's handle on the user's one store (errors made in this script's realm).
      store = new EmuProperties(this.env, this.env.project.userStore(this.env.userEmail));
      this.users.set(this.env.userEmail, store);
    }
    return asGas(store);
  }
}
registerClass(EmuPropertiesService, 'PropertiesService', 'properties');
