// The add-on menu and the simple triggers that build it. UI glue: may name Apps Script globals.

import type { EntryPoint } from "../core/entry";
import { UI } from "../core/messages";

/** Builds the add-on menu. Runs in AuthMode.NONE too, so it touches nothing but the menu. */
export function onOpen(_event?: unknown): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(UI.menu.functionHelp, "showFunctionHelp")
    .addToUi();
}

/** Installing the add-on opens the menu at once, without reloading the sheet. */
export function onInstall(event?: unknown): void {
  onOpen(event);
}

/** Lists the custom functions with a vi_VN example each. */
export function showFunctionHelp(functions: readonly EntryPoint[]): void {
  const lines = functions.map((f) => `${f.example ?? f.name}\n${f.summary}`);
  const ui = SpreadsheetApp.getUi();
  ui.alert(UI.functionHelpTitle, lines.join("\n\n"), ui.ButtonSet.OK);
}
