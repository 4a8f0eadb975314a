/** The menu items that open the sidebars: each page is one self-contained HTML string, no templating. */
import { BRIEF_PAGE, CHECKLISTS_PAGE, DEBRIEF_PAGE } from 'sidebar-pages';

function showSidebar(html: string, title: string): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(html).setTitle(title));
}

export function openBriefBuilder(): void {
  showSidebar(BRIEF_PAGE, 'Brief builder');
}

export function openChecklists(): void {
  showSidebar(CHECKLISTS_PAGE, 'Checklists');
}

export function openDebrief(): void {
  showSidebar(DEBRIEF_PAGE, 'Debrief');
}
