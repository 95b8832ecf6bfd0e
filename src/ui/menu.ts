// The add-on menu, its simple triggers and its handlers. UI glue: may name Apps Script globals.

import { UI } from "../core/messages";
import type { Level } from "../core/model/schema";
import { checkJob, highlightJob, summaryJob, templateJob } from "../sheets/jobs";
import type { JobResult } from "../sheets/run";
import { gatherYear } from "./gathering";
import { closeYear, reopenYear } from "./server";

/** Menu items in order: caption and the top-level function it calls. */
export const MENU: readonly (readonly [string, string])[] = [
  [UI.menu.sidebar, "showSidebar"],
  [UI.menu.check, "menuCheck"],
  [UI.menu.templateCommune, "menuTemplateCommune"],
  [UI.menu.templateDistrict, "menuTemplateDistrict"],
  [UI.menu.templateProvince, "menuTemplateProvince"],
  [UI.menu.summary, "menuSummary"],
  [UI.menu.highlight, "menuHighlight"],
  [UI.menu.close, "menuClose"],
  [UI.menu.reopen, "menuReopen"],
  [UI.menu.gather, "menuGather"],
  [UI.menu.functionHelp, "showFunctionHelp"],
];

/** Builds the add-on menu. Runs in AuthMode.NONE too, so it touches nothing but the menu. */
export function onOpen(_event?: unknown): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const [caption, fn] of MENU) menu.addItem(caption, fn);
  menu.addToUi();
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
const template = (level: Level) => () => showResult(templateJob(active(), level));

/** The menu handlers, by the name each menu item calls. */
export const MENU_HANDLERS: Record<string, () => void> = {
  menuCheck: () => showResult(checkJob(active())),
  menuTemplateCommune: template("Xã"),
  menuTemplateDistrict: template("Huyện"),
  menuTemplateProvince: template("Tỉnh"),
  menuSummary: () => showResult(summaryJob(active())),
  menuHighlight: () => showResult(highlightJob(active())),
  menuClose: () => showResult(closeYear(undefined)),
  menuReopen: () => showResult(reopenYear(undefined)),
  menuGather: () => showResult(gatherYear(undefined)),
  showFunctionHelp,
};

/** Opens the help the build generated from the custom functions' docs (dist/Help.html). */
export function showFunctionHelp(): void {
  const html = HtmlService.createHtmlOutputFromFile("Help").setWidth(720).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, UI.functionHelpTitle);
}
