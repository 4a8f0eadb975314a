// google.script.run's value rules (bridge/transport-copy.ts), used for the page's arguments and the
// server's results alike.
import { runInNewContext } from 'node:vm';
import { transportCopy } from '../../bridge/transport-copy';

const refusal = (where: string, what: string) =>
  `Failed due to illegal value: ${where} is ${what}; google.script.run cannot send it.`;

describe('transportCopy', () => {
  it('copies plain JSON, turns undefined into null in arrays and drops it in objects', () => {
    const value = { a: [1, undefined, 'x'], b: undefined, c: { d: true } };
    const copy = transportCopy(value) as { c: object };
    expect(copy).toEqual({ a: [1, null, 'x'], c: { d: true } });
    expect(Object.keys(copy)).toEqual(['a', 'c']);
    expect(copy.c).not.toBe(value.c);
  });

  it('refuses a Date, a function, a Map or a DOM-like node, naming where it was', () => {
    expect(() => transportCopy({ lists: [{ tickedAt: new Date() }] })).toThrow(
      refusal('result.lists[0].tickedAt', 'a Date (send ISO text instead)'),
    );
    expect(() => transportCopy({ f: () => 1 })).toThrow(refusal('result.f', 'a function'));
    expect(() => transportCopy([new Map()], 'arguments')).toThrow(
      refusal('arguments[0]', 'not a plain object (Map)'),
    );
    class HTMLDivElement {
      nodeType = 1;
      get [Symbol.toStringTag]() {
        return 'HTMLDivElement';
      }
    }
    expect(() => transportCopy([{ el: new HTMLDivElement() }], 'arguments')).toThrow(
      refusal('arguments[0].el', 'a DOM node (HTMLDivElement)'),
    );
  });

  it('refuses a circular reference but copies an object met twice', () => {
    const loop: Record<string, unknown> = { name: 'x' };
    loop.self = loop;
    expect(() => transportCopy([loop], 'arguments')).toThrow(
      refusal('arguments[0].self', 'a circular reference'),
    );
    const shared = { n: 1 };
    expect(transportCopy({ a: shared, b: [shared] })).toEqual({ a: { n: 1 }, b: [{ n: 1 }] });
  });

  it('reads values made in another realm (the add-on runs in a vm context) by their tag', () => {
    const fromVm = runInNewContext('({ rows: [[1, "a"]], when: new Date(0) })') as { rows: unknown };
    expect(transportCopy(fromVm.rows)).toEqual([[1, 'a']]);
    expect(() => transportCopy(fromVm)).toThrow(refusal('result.when', 'a Date (send ISO text instead)'));
  });

  it('keeps a key named __proto__ as a key, never as the copy’s prototype', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "id": "P-1"}') as object;
    const copy = transportCopy(value) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'id']);
    expect((copy as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
