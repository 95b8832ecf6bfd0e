// Loads the job code on first use. Every custom-function cell loads the whole Code.js, so Code.js
// holds only the custom functions and the menu; the jobs (checks, templates, summaries, closing,
// gathering…) are a second bundle the build writes into the project file Jobs.html, wrapped in a
// <script> element as in the "include" pattern of Google's HTML service best practices, and read
// through HtmlService (no scope) when the sidebar, a menu item or a trigger first needs a job.

import type { EntryImpl } from "../core/entry";

export const JOBS_FILE = "Jobs";
/** The global the job bundle's IIFE assigns, inside the function that evaluates it. */
export const JOBS_GLOBAL = "AddOnJobs";

const OPEN = "<script>";
const CLOSE = "</script>";

let loaded: Readonly<Record<string, EntryImpl>> | undefined;

/** The job code's entry points, evaluated once per execution. */
export function jobs(): Readonly<Record<string, EntryImpl>> {
  if (!loaded) {
    const html = HtmlService.createHtmlOutputFromFile(JOBS_FILE).getContent();
    const code = html.slice(html.indexOf(OPEN) + OPEN.length, html.lastIndexOf(CLOSE));
    loaded = new Function(`${code}\nreturn ${JOBS_GLOBAL}.entries;`)() as Record<string, EntryImpl>;
  }
  return loaded;
}
