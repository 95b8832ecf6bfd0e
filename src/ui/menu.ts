// The add-on menu, its simple triggers and its handlers. UI glue: may name Apps Script globals.

import { UI } from "../core/messages";
import type { Level } from "../core/model/schema";
import { checkJob, communeSummaryJob, highlightJob, templateJob } from "../sheets/jobs";
import type { JobResult } from "../sheets/run";
import { closeYear, reopenYear, showSelfCheck } from "./server";

/** A menu item: its caption and the top-level function it calls. */
export type MenuItem = readonly [string, string];

/** The menu of both flavors, in order (ui/gathering.ts adds a group for districts and provinces). */
export const MENU: readonly MenuItem[] = [
  [UI.menu.sidebar, "showSidebar"],
  [UI.menu.check, "menuCheck"],
  [UI.menu.templateCommune, "menuTemplateCommune"],
  [UI.menu.summary, "menuSummary"],
  [UI.menu.highlight, "menuHighlight"],
  [UI.menu.close, "menuClose"],
  [UI.menu.reopen, "menuReopen"],
  [UI.menu.functionHelp, "showFunctionHelp"],
  [UI.menu.selfCheck, "menuSelfCheck"],
];

/** Builds the add-on menu, a separator between groups. Runs in AuthMode.NONE too, so it touches
 * nothing but the menu. */
export function openMenu(...groups: (readonly MenuItem[])[]): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  groups.forEach((items, i) => {
    if (i > 0) menu.addSeparator();
    for (const [caption, fn] of items) menu.addItem(caption, fn);
  });
  menu.addToUi();
}

/** The commune flavor's menu when the spreadsheet opens. */
export function onOpen(_event?: unknown): void {
  openMenu(MENU);
}

/** Installing the add-on opens the menu at once, without reloading the sheet. */
export function onInstall(event?: unknown): void {
  onOpen(event);
}

const MAX_LINES = 15;

/** Shows a job's result in an alert: the message, then the first findings with tab and cell. */
export function showResult(result: JobResult): void {
  const findings = result.findings ?? [];
  const lines = findings
    .slice(0, MAX_LINES)
    .map((f) => UI.findingLine(f.tab, f.cell, f.severity, f.message));
  if (findings.length > MAX_LINES) lines.push(UI.moreFindings(findings.length - MAX_LINES));
  const ui = SpreadsheetApp.getUi();
  ui.alert(
    result.ok ? UI.resultTitle.ok : UI.resultTitle.failed,
    [result.message, ...lines].join("\n\n"),
    ui.ButtonSet.OK,
  );
}

const active = () => SpreadsheetApp.getActiveSpreadsheet();
export const templateFor = (level: Level) => () => showResult(templateJob(active(), level));

/** The menu handlers, by the name each menu item calls. */
export const MENU_HANDLERS: Record<string, () => void> = {
  menuCheck: () => showResult(checkJob(active())),
  menuTemplateCommune: templateFor("Xã"),
  menuSummary: () => showResult(communeSummaryJob(active())),
  menuHighlight: () => showResult(highlightJob(active())),
  menuClose: () => showResult(closeYear(undefined)),
  menuReopen: () => showResult(reopenYear(undefined)),
  showFunctionHelp,
  menuSelfCheck: showSelfCheck,
};

/** Opens the help the build generated from the custom functions' docs (dist/Help.html). */
export function showFunctionHelp(): void {
  const html = HtmlService.createHtmlOutputFromFile("Help").setWidth(720).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, UI.functionHelpTitle);
}
