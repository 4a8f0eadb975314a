// The sidebar contract (src/core/sidebar-contract.ts): the names the pages call through
// google.script.run are exactly the server functions, each one Apps Script can reach, and nothing in
// what they exchange is a Date (google.script.run refuses one). The type checks below are compiled
// by `npm run typecheck` (tsconfig.tools.json includes test/); the rest run in Jest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  BriefContext,
  ChecklistsView,
  CreateBriefResult,
  DebriefContext,
  SidebarApi,
} from '../../src/core/sidebar-contract';
import { SIDEBAR_API_NAMES } from '../../src/core/sidebar-contract';

/** true when T holds no Date (nor a function) anywhere, false otherwise. */
type JsonSafe<T> = T extends Date | ((...args: never[]) => unknown)
  ? false
  : T extends readonly (infer E)[]
    ? JsonSafe<E>
    : T extends object
      ? false extends { [K in keyof T]-?: JsonSafe<T[K]> }[keyof T]
        ? false
        : true
      : true;

// Compile-time checks: each line fails `tsc` if the contract changes for the worse.
const resultsAreJson: [
  JsonSafe<BriefContext>,
  JsonSafe<CreateBriefResult>,
  JsonSafe<ChecklistsView>,
  JsonSafe<ReturnType<SidebarApi['saveBriefDraft']>>,
  JsonSafe<ReturnType<SidebarApi['setChecklistTick']>>,
  JsonSafe<DebriefContext>,
  JsonSafe<ReturnType<SidebarApi['writeDebrief']>>,
] = [true, true, true, true, true, true, true];
const argumentsAreJson: JsonSafe<{ [K in keyof SidebarApi]: Parameters<SidebarApi[K]> }> = true;
// The checker itself can fail: a Date nested in an array of objects is found.
const dateIsFound: JsonSafe<{ a: { when: Date }[] }> = false;
/** Every name of SidebarApi, with nothing else: a missing or an extra key fails to compile. */
const EVERY_NAME: Record<keyof SidebarApi, true> = {
  getBriefContext: true,
  saveBriefDraft: true,
  createBrief: true,
  getChecklists: true,
  setChecklistTick: true,
  getDebriefContext: true,
  writeDebrief: true,
};

const ROOT = join(__dirname, '..', '..');
const ENTRY = readFileSync(join(ROOT, 'src', 'entry.ts'), 'utf8');
/** What Apps Script sees: jest's globalSetup builds dist/ first. */
const CODE = readFileSync(join(ROOT, 'dist', 'Code.js'), 'utf8');

describe('the sidebar contract', () => {
  it('the JSON checks above compiled as true (and the checker finds a Date)', () => {
    // One true per server function: the tuple above must name every one of them.
    expect(resultsAreJson).toEqual(Object.keys(EVERY_NAME).map(() => true));
    expect(argumentsAreJson).toBe(true);
    expect(dateIsFound).toBe(false);
  });

  it('SIDEBAR_API_NAMES lists every server function of SidebarApi once', () => {
    expect([...SIDEBAR_API_NAMES].sort()).toEqual(Object.keys(EVERY_NAME).sort());
    expect(new Set(SIDEBAR_API_NAMES).size).toBe(SIDEBAR_API_NAMES.length);
  });

  it('each name is one Apps Script can call: not private (no trailing _), a top-level entry point', () => {
    for (const name of SIDEBAR_API_NAMES) {
      expect(name).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
      expect(name.endsWith('_')).toBe(false);
      expect(ENTRY).toMatch(new RegExp(`^export function ${name}\\(`, 'm'));
      expect(CODE).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });
});
