// google.script.run's value rules, both ways: the page's arguments (google-script.ts) and the
// server's result (the playground session, the sidebar test server, the sidebar API tests) are
// copied as Apps Script copies them, and what it cannot send fails the call. As Google documents it
// (https://developers.google.com/apps-script/guides/html/reference/run): primitives, null, and objects
// and arrays of them pass; a Date, a function, a DOM element, also inside an object or array, and a
// circular reference fail; undefined in an array becomes null; results obey the same rules.
// Pure: no Node, DOM or Apps Script globals (it runs in the browser and in Node).

function illegal(path: string, what: string): Error {
  return new Error(`Failed due to illegal value: ${path} is ${what}; google.script.run cannot send it.`);
}

/**
 * The value as the other side receives it: undefined inside an array becomes null, inside an object
 * is dropped. Throws, naming where (e.g. "result.lists[0].tickedAt"), on what cannot be sent.
 */
export function transportCopy(value: unknown, path = 'result', ancestors: object[] = []): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value === undefined) return null;
  if (typeof value === 'function') throw illegal(path, 'a function');
  if (typeof value !== 'object') throw illegal(path, `a ${typeof value}`);
  // By tag, not instanceof: values made in the add-on's vm realm are not this realm's Date or Array.
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  if (tag === 'Date') throw illegal(path, 'a Date (send ISO text instead)');
  if (ancestors.includes(value)) throw illegal(path, 'a circular reference');
  if (!Array.isArray(value) && tag !== 'Object') {
    const node = typeof (value as { nodeType?: unknown }).nodeType === 'number';
    throw illegal(path, node ? `a DOM node (${tag})` : `not a plain object (${tag})`);
  }
  ancestors.push(value);
  let copy: unknown;
  if (Array.isArray(value)) {
    copy = value.map((v, i) => transportCopy(v, `${path}[${i}]`, ancestors));
  } else {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      // defineProperty: a key named "__proto__" stays a key, never the copy's prototype.
      if (v !== undefined)
        Object.defineProperty(out, key, {
          value: transportCopy(v, `${path}.${key}`, ancestors),
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    copy = out;
  }
  ancestors.pop();
  return copy;
}
