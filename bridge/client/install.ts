// Puts google.script on the page, before the page's own script runs.
import { createGoogleScript, type Transport } from '../google-script';

export function install(transport: Transport): void {
  const page = window as unknown as { google?: Record<string, unknown> };
  page.google = page.google ?? {};
  page.google.script = createGoogleScript(transport, location.origin);
}
