// Call counting: every emulated object handed to script code is a Proxy that counts method calls.
// Internal code works on the raw objects (methods run with `this` = raw target), so it never counts.
import type { CallCounter, Service } from './types';

interface ClassMeta {
  name: string;
  /** Undefined for objects counted only in the total (e.g. Logger). */
  service?: Service;
}

// biome-ignore lint/complexity/noBannedTypes: keyed by any class constructor
const metaByClass = new WeakMap<Function, ClassMeta>();
const targetOfProxy = new WeakMap<object, object>();

/** Declares that instances of `ctor` are Apps Script objects named `name` (the 'Name' in 'Name.method'). */
export function registerClass(
  ctor: abstract new (...args: never[]) => object,
  name: string,
  service?: Service,
): void {
  metaByClass.set(ctor, { name, service });
}

/** The raw object behind a counting proxy (or the value itself). */
export function unwrap<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    const target = targetOfProxy.get(value);
    if (target) return target as T;
  }
  return value;
}

function metaOf(value: unknown): ClassMeta | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (targetOfProxy.has(value)) return undefined; // already wrapped
  return metaByClass.get(Object.getPrototypeOf(value)?.constructor);
}

// Not Apps Script methods: never counted (they are hit by inspection, string conversion, jest, ...).
const UNCOUNTED = new Set([
  'constructor',
  'toString',
  'valueOf',
  'toJSON',
  'hasOwnProperty',
  'isPrototypeOf',
]);

/**
 * Calls answered by the object handle itself in Apps Script: a Range knows its sheet and
 * coordinates, and getRange only makes a new handle. Everything else on a spreadsheet object is
 * counted as a round trip to the Sheets backend, which is the cost that matters.
 */
export const HANDLE_METHODS: ReadonlySet<string> = new Set([
  'SpreadsheetApp.getActiveSpreadsheet',
  'SpreadsheetApp.getActive',
  'SpreadsheetApp.getUi',
  'Spreadsheet.getId',
  'Sheet.getRange',
  'Sheet.getParent',
  'Sheet.getSheetId',
  'Range.getSheet',
  'Range.getRow',
  'Range.getColumn',
  'Range.getNumRows',
  'Range.getNumColumns',
  'Range.getLastRow',
  'Range.getLastColumn',
  'Range.getA1Notation',
  'Range.offset',
  'RangeList.getRanges',
  // A TextFinder is configured where the script runs; the search itself (findAll, findNext, ...)
  // is the round trip (see text-finder.ts).
  'Spreadsheet.createTextFinder',
  'Sheet.createTextFinder',
  'Range.createTextFinder',
  'TextFinder.matchCase',
  'TextFinder.matchEntireCell',
  'TextFinder.matchFormulaText',
  'TextFinder.useRegularExpression',
  'TextFinder.ignoreDiacritics',
  'TextFinder.startFrom',
]);

export class Counter implements CallCounter {
  private counts = new Map<string, number>();
  private byService = new Map<Service | undefined, number>();
  private all = 0;

  record(key: string, service: Service | undefined): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.byService.set(service, (this.byService.get(service) ?? 0) + 1);
    this.all++;
  }

  total(service?: Service): number {
    return service === undefined ? this.all : (this.byService.get(service) ?? 0);
  }

  roundTrips(): number {
    let handles = 0;
    for (const [key, n] of this.counts) if (HANDLE_METHODS.has(key)) handles += n;
    return this.total('spreadsheet') - handles;
  }

  byMethod(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  reset(): void {
    this.counts.clear();
    this.byService.clear();
    this.all = 0;
  }
}

/** Makes (and caches, so identity holds) the counting proxies of one emulator. */
export class Wrapper {
  private proxies = new WeakMap<object, object>();
  /** Called before every script call ('Class.method'); throws to refuse it (authorization modes). */
  guard: (key: string) => void = () => {};

  constructor(private readonly counter: Counter) {}

  /** Wraps an emulated object, or an array (1-D or 2-D) of them; anything else is returned unchanged. */
  wrap<T>(value: T): T {
    if (Array.isArray(value)) return this.wrapArray(value) as T;
    const meta = metaOf(value);
    return meta ? (this.proxyFor(value as object, meta) as T) : value;
  }

  // Results are homogeneous, so the first non-null leaf decides; getValues' big arrays stop at once.
  private wrapArray(values: unknown[]): unknown[] {
    let leaf: unknown;
    outer: for (const v of values) {
      if (Array.isArray(v)) {
        for (const w of v) {
          if (w != null) {
            leaf = w;
            break outer;
          }
        }
      } else if (v != null) {
        leaf = v;
        break;
      }
    }
    if (!metaOf(leaf)) return values;
    return values.map((v) => (Array.isArray(v) ? v.map((w) => this.wrap(w)) : this.wrap(v)));
  }

  private proxyFor(target: object, meta: ClassMeta): object {
    const cached = this.proxies.get(target);
    if (cached) return cached;
    const counter = this.counter;
    const methods = new Map<string, unknown>();
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        const v: unknown = Reflect.get(t, prop, t);
        if (typeof v !== 'function' || typeof prop === 'symbol' || UNCOUNTED.has(prop)) return v;
        let counted = methods.get(prop);
        if (!counted) {
          const key = `${meta.name}.${prop}`;
          const fn = v as (...args: unknown[]) => unknown;
          counted = (...args: unknown[]) => {
            this.guard(key);
            counter.record(key, meta.service);
            return this.wrap(fn.apply(t, args));
          };
          methods.set(prop, counted);
        }
        return counted;
      },
    });
    this.proxies.set(target, proxy);
    targetOfProxy.set(proxy, target);
    return proxy;
  }
}
