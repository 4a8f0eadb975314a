// CacheService: string values with an expiry on the emulator's clock (default 600 s, at most 6 h),
// values up to 100 KB and keys up to 250 characters.
import { registerClass } from './counting';
import type { Env } from './env';
import { asGas } from './types';

type GasCache = GoogleAppsScript.Cache.Cache;

export const CACHE_VALUE_LIMIT = 100 * 1024;
const MAX_TTL_SECONDS = 21600;
const DEFAULT_TTL_SECONDS = 600;

export class EmuCache
  implements Pick<GasCache, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'>
{
  private readonly entries = new Map<string, { value: string; expires: number }>();

  constructor(private readonly env: Env) {}

  private now(): number {
    return this.env.now().getTime();
  }

  private check(key: string, value: string): void {
    if (key.length > 250) throw this.env.exception('Exception: Argument too large: key');
    if (Buffer.byteLength(value, 'utf8') > CACHE_VALUE_LIMIT)
      throw this.env.exception('Exception: Argument too large: value');
  }

  private ttl(expirationInSeconds: number | undefined): number {
    const s = expirationInSeconds ?? DEFAULT_TTL_SECONDS;
    if (!(s >= 1)) throw this.env.exception('Exception: Invalid argument: expirationInSeconds');
    return Math.min(s, MAX_TTL_SECONDS) * 1000;
  }

  get(key: string): string | null {
    const e = this.entries.get(String(key));
    if (!e) return null;
    if (e.expires <= this.now()) {
      this.entries.delete(String(key));
      return null;
    }
    return e.value;
  }

  getAll(keys: string[]): { [key: string]: string } {
    const out: { [key: string]: string } = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    const k = String(key);
    const v = String(value);
    this.check(k, v);
    this.entries.set(k, { value: v, expires: this.now() + this.ttl(expirationInSeconds) });
  }

  putAll(values: { [key: string]: unknown }, expirationInSeconds?: number): void {
    const entries = Object.entries(values ?? {}).map(([k, v]) => [k, String(v)] as const);
    for (const [k, v] of entries) this.check(k, v);
    const expires = this.now() + this.ttl(expirationInSeconds);
    for (const [k, v] of entries) this.entries.set(k, { value: v, expires });
  }

  remove(key: string): void {
    this.entries.delete(String(key));
  }

  removeAll(keys: string[]): void {
    for (const k of keys) this.entries.delete(String(k));
  }
}
registerClass(EmuCache, 'Cache', 'cache');

export class EmuCacheService
  implements Pick<GoogleAppsScript.Cache.CacheService, 'getDocumentCache' | 'getScriptCache' | 'getUserCache'>
{
  private readonly document: EmuCache;
  private readonly script: EmuCache;
  private readonly user: EmuCache;

  constructor(env: Env) {
    this.document = new EmuCache(env);
    this.script = new EmuCache(env);
    this.user = new EmuCache(env);
  }

  getDocumentCache(): GasCache | null {
    return asGas(this.document);
  }

  getScriptCache(): GasCache {
    return asGas(this.script);
  }

  getUserCache(): GasCache {
    return asGas(this.user);
  }
}
registerClass(EmuCacheService, 'CacheService', 'cache');
