// The built sidebar pages, each one self-contained HTML string: a virtual module that
// scripts/build.mjs fills from sidebar/ (scripts/build-sidebar.mjs) when it bundles dist/Code.js.
declare module 'sidebar-pages' {
  export const BRIEF_PAGE: string;
  export const CHECKLISTS_PAGE: string;
  export const IMPORT_PAGE: string;
  export const DEBRIEF_PAGE: string;
}
