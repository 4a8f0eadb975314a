// A page served over the test bridge, opened in Chromium with what the tests check on every page:
// the URLs it asked for, any alert/confirm/prompt (none may open) and script errors. The pages one
// test opened are closed, with their servers, after it.
import type { Browser, Page } from 'playwright-core';
import type { ServedPage } from './bridge';

export interface OpenedPage {
  page: Page;
  served: ServedPage;
  /** Every URL the page asked for. */
  requests: string[];
  /** alert/confirm/prompt dialogs: none may ever open. */
  dialogs: string[];
  errors: string[];
}

/** Registers the afterEach that closes them; returns the function that opens one. */
export function servedPages(
  browser: () => Browser,
): (served: ServedPage, viewport: { width: number; height: number }) => Promise<OpenedPage> {
  const open: OpenedPage[] = [];
  afterEach(async () => {
    for (const { served, page } of open.splice(0)) {
      await page.close();
      await served.close();
    }
  });
  return async (served, viewport) => {
    const page = await browser().newPage({ viewport });
    const opened: OpenedPage = { page, served, requests: [], dialogs: [], errors: [] };
    open.push(opened);
    page.on('request', (request) => opened.requests.push(request.url()));
    page.on('dialog', (dialog) => {
      opened.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => opened.errors.push(error.message));
    await page.goto(served.url);
    return opened;
  };
}
