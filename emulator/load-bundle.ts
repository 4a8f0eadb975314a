// Runs the built add-on (dist/Code.js) in a fresh vm context whose globals are the emulated services
// only: no require, module, process or window from Node, as in Apps Script.
import vm from 'node:vm';
import { envOf } from './env';
import type { Emulator } from './types';

/**
 * Returns the context object: top-level `function` declarations of the script are its properties
 * (ctx.onOpen(), ctx.PRODUCER_SCORE(...)).
 */
// biome-ignore lint/suspicious/noExplicitAny: the script's functions are untyped by nature
export function loadBundle(code: string, emulator: Emulator, filename = 'Code.js'): Record<string, any> {
  const context = vm.createContext({ ...emulator.globals }, { name: filename });
  // Errors thrown by the services are made in the script's realm, so `e instanceof Error` holds there.
  envOf(emulator).ErrorCtor = vm.runInContext('Error', context) as ErrorConstructor;
  new vm.Script(code, { filename }).runInContext(context);
  return context;
}
