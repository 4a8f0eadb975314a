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
  const env = envOf(emulator);
  env.ErrorCtor = vm.runInContext('Error', context) as ErrorConstructor;
  // The script's clock is the emulator's: `new Date()` and `Date.now()` follow emulator.setNow, so
  // tests of "today" do not depend on the day they run. Made in the script's realm, so its dates are
  // ordinary Dates there.
  const useClock = vm.runInContext(
    `(function (now) {
      var RealDate = Date;
      function EmuDate() {
        if (!(this instanceof EmuDate)) return new RealDate(now()).toString();
        var args = Array.prototype.slice.call(arguments);
        return args.length === 0 ? new RealDate(now()) : new (Function.prototype.bind.apply(RealDate, [null].concat(args)))();
      }
      EmuDate.prototype = RealDate.prototype;
      EmuDate.now = function () { return now(); };
      EmuDate.UTC = RealDate.UTC;
      EmuDate.parse = RealDate.parse;
      Date = EmuDate;
    })`,
    context,
  ) as (now: () => number) => void;
  useClock(() => env.now().getTime());
  new vm.Script(code, { filename }).runInContext(context);
  return context;
}
