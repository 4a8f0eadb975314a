// Runs the built add-on in a fresh vm context whose globals are the emulated services only: no require,
// module, process or window from Node, as in Apps Script.
//
// loadDist loads a folder (dist/) with gas-local, the loader the project's design names: every .js file
// into one shared global scope, as Apps Script does with a project's files. gas-local creates the
// context itself with vm.createContext(globals); that call returns an object that is already a context
// unchanged, so the context is prepared here first (the script's Error and clock) and then handed over.
import vm from 'node:vm';
import { require as gasRequire } from 'gas-local';
import { envOf } from './env';
import type { Emulator } from './types';

// biome-ignore lint/suspicious/noExplicitAny: the script's functions are untyped by nature
type ScriptGlobals = Record<string, any>;

/**
 * Loads every .js file of `folder` (e.g. 'dist') as Apps Script would and returns the context: the
 * scripts' top-level `function` declarations are its properties (ctx.onOpen(), ctx.PRODUCER_SCORE(...)).
 */
export function loadDist(folder: string, emulator: Emulator): ScriptGlobals {
  const context = preparedContext(emulator, folder);
  return gasRequire(folder, context, { filter: (file) => file.endsWith('.js') }) as ScriptGlobals;
}

/** Loads one script given as text (tests of the emulator, benchmarks of a variant of the bundle). */
export function loadBundle(code: string, emulator: Emulator, filename = 'Code.js'): ScriptGlobals {
  const context = preparedContext(emulator, filename);
  new vm.Script(code, { filename }).runInContext(context);
  return context;
}

function preparedContext(emulator: Emulator, name: string): ScriptGlobals {
  const context = vm.createContext({ ...emulator.globals }, { name });
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
  return context;
}
