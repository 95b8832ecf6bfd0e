// The add-on menu and the simple triggers that show it: captions only, so that the Code.js every
// custom-function cell loads stays small (the handlers live in the job code, src/main/*-jobs.ts).
// Runs in AuthMode.NONE too, so it touches nothing but the menu.

import { UI } from "../core/messages";

/** A menu item: its caption and the top-level function it calls. */
export type MenuItem = readonly [string, string];

/** The menu of both flavors, in order (ui/gathering.ts adds a group for districts and provinces). */
export const MENU: readonly MenuItem[] = [
  [UI.menu.sidebar, "showSidebar"],
  [UI.menu.check, "menuCheck"],
  [UI.menu.templateCommune, "menuTemplateCommune"],
  [UI.menu.summary, "menuSummary"],
  [UI.menu.report, "menuReport"],
  [UI.menu.highlight, "menuHighlight"],
  [UI.menu.close, "menuClose"],
  [UI.menu.reopen, "menuReopen"],
  [UI.menu.functionHelp, "showFunctionHelp"],
  [UI.menu.selfCheck, "menuSelfCheck"],
];

/** The menu group only districts and provinces need. */
export const GATHERING_MENU: readonly MenuItem[] = [
  [UI.menu.templateDistrict, "menuTemplateDistrict"],
  [UI.menu.templateProvince, "menuTemplateProvince"],
  [UI.menu.gather, "menuGather"],
];

/** Builds the add-on menu, a separator between groups. */
export function openMenu(...groups: (readonly MenuItem[])[]): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  groups.forEach((items, i) => {
    if (i > 0) menu.addSeparator();
    for (const [caption, fn] of items) menu.addItem(caption, fn);
  });
  menu.addToUi();
}

/** The commune flavor's menu when the spreadsheet opens, and at once when the add-on is installed. */
export const COMMUNE_TRIGGERS = {
  onOpen: (_event?: unknown): void => openMenu(MENU),
  onInstall: (_event?: unknown): void => openMenu(MENU),
};

/** The gathering flavor's menu: the commune flavor's, then its own group. */
export const GATHERING_TRIGGERS = {
  onOpen: (_event?: unknown): void => openMenu(MENU, GATHERING_MENU),
  onInstall: (_event?: unknown): void => openMenu(MENU, GATHERING_MENU),
};
