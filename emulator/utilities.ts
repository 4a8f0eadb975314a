// Utilities (dates, base64, digests, UUIDs, blobs), Logger and a quiet console. Log lines go to
// emulator.logs instead of the test output.
import { createHash, randomUUID } from 'node:crypto';
import { format } from 'node:util';
import { registerClass, unwrap } from './counting';
import { formatJavaDate } from './dates';
import { Charset, DigestAlgorithm } from './enums';
import type { Env } from './env';
import { asGas } from './types';
import { isDate } from './values';

type GasBlob = GoogleAppsScript.Base.Blob;

/** Apps Script bytes are Java bytes: signed, -128..127. */
function toSigned(buf: Buffer): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

function toBuffer(data: string | number[]): Buffer {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 255));
}

export class EmuBlob
  implements
    Pick<
      GasBlob,
      | 'copyBlob'
      | 'getBlob'
      | 'getBytes'
      | 'getContentType'
      | 'getDataAsString'
      | 'getName'
      | 'setBytes'
      | 'setContentType'
      | 'setDataFromString'
      | 'setName'
    >
{
  constructor(
    private data: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {}

  private self(): GasBlob {
    return asGas(this);
  }

  copyBlob(): GasBlob {
    return asGas(new EmuBlob(Buffer.from(this.data), this.contentType, this.name));
  }
  getBlob(): GasBlob {
    return this.self();
  }
  getBytes(): number[] {
    return toSigned(this.data);
  }
  getContentType(): string | null {
    return this.contentType;
  }
  getDataAsString(_charset?: string): string {
    return this.data.toString('utf8');
  }
  getName(): string | null {
    return this.name;
  }
  setBytes(data: number[]): GasBlob {
    this.data = toBuffer(data);
    return this.self();
  }
  setContentType(contentType: string | null): GasBlob {
    this.contentType = contentType;
    return this.self();
  }
  setDataFromString(s: string, _charset?: string): GasBlob {
    this.data = Buffer.from(String(s), 'utf8');
    return this.self();
  }
  setName(name: string): GasBlob {
    this.name = String(name);
    return this.self();
  }
}
registerClass(EmuBlob, 'Blob', 'utilities');

const DIGESTS: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

export class EmuUtilities
  implements
    Pick<
      GoogleAppsScript.Utilities.Utilities,
      | 'base64Decode'
      | 'base64DecodeWebSafe'
      | 'base64Encode'
      | 'base64EncodeWebSafe'
      | 'computeDigest'
      | 'formatDate'
      | 'formatString'
      | 'getUuid'
      | 'newBlob'
      | 'sleep'
    >
{
  readonly Charset = Charset;
  readonly DigestAlgorithm = DigestAlgorithm;
  /** Total milliseconds scripts asked to sleep (sleep itself returns at once). */
  sleptMs = 0;

  constructor(private readonly env: Env) {}

  private decode(encoded: string, webSafe: boolean): number[] {
    const s = String(encoded).replace(/\s+/g, '');
    const ok = webSafe ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
    if (!ok.test(s)) throw this.env.exception('Exception: Could not decode string.');
    return toSigned(Buffer.from(s, webSafe ? 'base64url' : 'base64'));
  }

  base64Decode(encoded: string, _charset?: GoogleAppsScript.Utilities.Charset): number[] {
    return this.decode(encoded, false);
  }

  base64DecodeWebSafe(encoded: string, _charset?: GoogleAppsScript.Utilities.Charset): number[] {
    return this.decode(encoded, true);
  }

  base64Encode(data: string | number[], _charset?: GoogleAppsScript.Utilities.Charset): string {
    return toBuffer(data).toString('base64');
  }

  /** Padded, with '-' and '_' (as Java's URL-safe encoder). */
  base64EncodeWebSafe(data: string | number[], _charset?: GoogleAppsScript.Utilities.Charset): string {
    return toBuffer(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: string | number[],
    _charset?: GoogleAppsScript.Utilities.Charset,
  ): number[] {
    const name = DIGESTS[String(algorithm)];
    if (!name) throw this.env.exception('Exception: Invalid argument: algorithm');
    return toSigned(createHash(name).update(toBuffer(value)).digest());
  }

  formatDate(date: Date, timeZone: string, pattern: string): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof pattern !== 'string') {
      throw this.env.exception(
        "Exception: The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
      );
    }
    try {
      return formatJavaDate(date, timeZone, pattern);
    } catch (e) {
      throw this.env.exception(`Exception: ${(e as Error).message}`);
    }
  }

  /** sprintf-style, as Apps Script's (Java String.format for %s, %d, %f...). */
  formatString(template: string, ...args: unknown[]): string {
    return format(String(template), ...args);
  }

  getUuid(): string {
    return randomUUID();
  }

  newBlob(data: string | number[], contentType?: string, name?: string): GasBlob {
    return asGas(new EmuBlob(toBuffer(data), contentType ?? null, name ?? null));
  }

  sleep(milliseconds: number): void {
    this.sleptMs += Number(milliseconds) || 0;
  }
}
registerClass(EmuUtilities, 'Utilities', 'utilities');

export class EmuLogger implements Pick<GoogleAppsScript.Base.Logger, 'clear' | 'getLog' | 'log'> {
  private lines: string[] = [];

  constructor(private readonly env: Env) {}

  clear(): void {
    this.lines = [];
  }

  getLog(): string {
    return this.lines.map((l) => `${l}\n`).join('');
  }

  log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    const line = values.length ? format(String(data), ...values) : stringify(data);
    this.lines.push(line);
    this.env.logs.push(line);
    return asGas(this);
  }
}
// Logger calls count in calls.total() and byMethod(), under no service.
registerClass(EmuLogger, 'Logger');

function stringify(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null && !isDate(v)) {
    try {
      return JSON.stringify(unwrap(v));
    } catch {
      return String(v);
    }
  }
  return String(v);
}

export type QuietConsole = Pick<Console, 'log' | 'info' | 'debug' | 'warn' | 'error' | 'time' | 'timeEnd'>;

/** A console that records instead of printing (uncounted: it is not an Apps Script service call). */
export function quietConsole(env: Env): QuietConsole {
  const record =
    (prefix: string) =>
    (...args: unknown[]) => {
      env.logs.push(prefix + (args.length === 1 ? stringify(args[0]) : format(...args)));
    };
  const timers = new Map<string, number>();
  return {
    log: record(''),
    info: record(''),
    debug: record(''),
    warn: record('[warn] '),
    error: record('[error] '),
    time: (label = 'default') => {
      timers.set(label, Date.now());
    },
    timeEnd: (label = 'default') => {
      const start = timers.get(label);
      if (start !== undefined) env.logs.push(`${label}: ${Date.now() - start}ms`);
      timers.delete(label);
    },
  };
}
