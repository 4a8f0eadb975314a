// Which calls each authorization mode allows, after Google's editor add-on authorization lifecycle
// (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes)
// and the AuthMode enum (https://developers.google.com/apps-script/reference/script/auth-mode):
// - NONE: an add-on's onOpen in a document where it is installed but not yet used. No service that
//   needs authorization, and not the document either: only building the add-on menu (and services
//   such as Utilities and Logger that need none). The enum's own example reads properties only
//   outside NONE.
// - LIMITED: onOpen where the add-on is enabled, and simple onEdit. The current file (read and
//   write), its properties, cache and locks, toasts and menus; nothing that needs an OAuth scope of
//   its own: no triggers (script.scriptapp: "You do not have permission to call
//   ScriptApp.getProjectTriggers"), no other spreadsheets (openById needs spreadsheets), no
//   sidebars or dialogs (https://developers.google.com/apps-script/guides/triggers#restrictions:
//   simple triggers "cannot access services that require authorization").
// - FULL: menu items, sidebars' server calls, installable triggers: everything the manifest grants.
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

/** Allowed in NONE: the add-on menu, and services that need no authorization. */
const NONE_ALLOWED = new Set(['SpreadsheetApp.getUi', 'Ui.createAddonMenu', 'Ui.createMenu']);
const NO_AUTH_CLASSES = new Set(['Menu', 'Utilities', 'Blob', 'Logger']);

/** Forbidden in LIMITED, with the scope Apps Script names in its message. */
const NEEDS_SCOPE: ReadonlyMap<string, string> = new Map([
  ['ScriptApp.getProjectTriggers', 'https://www.googleapis.com/auth/script.scriptapp'],
  ['ScriptApp.getUserTriggers', 'https://www.googleapis.com/auth/script.scriptapp'],
  ['ScriptApp.newTrigger', 'https://www.googleapis.com/auth/script.scriptapp'],
  ['ScriptApp.deleteTrigger', 'https://www.googleapis.com/auth/script.scriptapp'],
  ['SpreadsheetApp.openById', 'https://www.googleapis.com/auth/spreadsheets'],
  ['SpreadsheetApp.openByUrl', 'https://www.googleapis.com/auth/spreadsheets'],
  ['Ui.showSidebar', 'https://www.googleapis.com/auth/script.container.ui'],
  ['Ui.showModalDialog', 'https://www.googleapis.com/auth/script.container.ui'],
  ['Ui.showModelessDialog', 'https://www.googleapis.com/auth/script.container.ui'],
]);

/** The message Apps Script throws when `key` ('Class.method') is called in `mode`, or undefined. */
export function forbiddenCall(mode: AuthModeName, key: string): string | undefined {
  if (mode === 'FULL') return undefined;
  const className = key.slice(0, key.indexOf('.'));
  if (mode === 'NONE') {
    if (NONE_ALLOWED.has(key) || NO_AUTH_CLASSES.has(className)) return undefined;
    return `Exception: You do not have permission to call ${key} (the add-on is not enabled in this document: AuthMode.NONE).`;
  }
  const scope = NEEDS_SCOPE.get(key);
  return scope
    ? `Exception: You do not have permission to call ${key}. Required permissions: ${scope}`
    : undefined;
}

/**
 * With the manifest's scopes given (EmulatorOptions.oauthScopes), a call whose scope is not among
 * them fails in every mode, as it does once a manifest lists its scopes explicitly
 * (https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes).
 */
export function missingScope(scopes: readonly string[] | undefined, key: string): string | undefined {
  const scope = NEEDS_SCOPE.get(key);
  if (!scopes || !scope || scopes.includes(scope)) return undefined;
  return `Exception: You do not have permission to call ${key}. Required permissions: ${scope}`;
}
