// The menu handlers (the menu itself is ui/open.ts). UI glue: may name Apps Script globals.

import { UI } from "../core/messages";
import type { Level } from "../core/model/schema";
import { checkJob, communeSummaryJob, highlightJob, templateJob } from "../sheets/jobs";
import { reportJob } from "../sheets/report";
import type { JobResult } from "../sheets/run";
import { closeYear, reopenYear, showSelfCheck } from "./server";

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
  menuReport: () => showResult(reportJob(active())),
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
