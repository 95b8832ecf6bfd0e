// Least privilege, checked on what ships: every Apps Script service method each built flavor uses
// (Code.js and the job code in Jobs.html), mapped to the OAuth scope its reference page asks for,
// must add up to exactly the scopes of that flavor's appsscript.json: no more (the consent screen
// would ask for it), no less (the call would fail in front of the officer).

import { describe, expect, it } from "vitest";
import { FLAVOR_NAMES } from "../../scripts/flavors";
import { builtFile } from "../fixtures/bundle";

const AUTH = "https://www.googleapis.com/auth/";
const CURRENT_ONLY = `${AUTH}spreadsheets.currentonly`;
const ALL_SHEETS = `${AUTH}spreadsheets`;
const UI = `${AUTH}script.container.ui`;
const EMAIL = `${AUTH}userinfo.email`;
const TRIGGERS = `${AUTH}script.scriptapp`;

/**
 * Service methods and the scope each needs, from the "Authorization" section of its page in
 * https://developers.google.com/apps-script/reference (a method without one needs none). Methods on
 * what these return (ranges, sheets, the Ui) are covered by the scope of the call that returned it.
 * A method missing here fails the test: look it up and add it.
 */
const SCOPES: Readonly<Record<string, readonly string[]>> = {
  "SpreadsheetApp.getActiveSpreadsheet": [CURRENT_ONLY],
  "SpreadsheetApp.getActive": [CURRENT_ONLY],
  "SpreadsheetApp.flush": [CURRENT_ONLY],
  "SpreadsheetApp.getUi": [UI],
  "SpreadsheetApp.openById": [ALL_SHEETS],
  "SpreadsheetApp.openByUrl": [ALL_SHEETS],
  "SpreadsheetApp.open": [ALL_SHEETS],
  "SpreadsheetApp.create": [ALL_SHEETS],
  // builders and enums: no scope of their own
  "SpreadsheetApp.newDataValidation": [],
  "SpreadsheetApp.newConditionalFormatRule": [],
  "SpreadsheetApp.newRichTextValue": [],
  "SpreadsheetApp.newTextStyle": [],
  "SpreadsheetApp.newColor": [],
  "SpreadsheetApp.BooleanCriteria": [],
  "SpreadsheetApp.DeveloperMetadataVisibility": [],
  "SpreadsheetApp.DeveloperMetadataLocationType": [],
  "SpreadsheetApp.InterpolationType": [],
  "SpreadsheetApp.ProtectionType": [],
  "SpreadsheetApp.ChartType": [],
  "SpreadsheetApp.DataValidationCriteria": [],
  "ScriptApp.newTrigger": [TRIGGERS],
  "ScriptApp.getProjectTriggers": [TRIGGERS],
  "ScriptApp.getUserTriggers": [TRIGGERS],
  "ScriptApp.deleteTrigger": [TRIGGERS],
  "ScriptApp.AuthMode": [],
  // its page has no Authorization section: how the script was installed (add-on or not)
  "ScriptApp.getInstallationSource": [],
  "ScriptApp.InstallationSource": [],
  "Session.getActiveUser": [EMAIL],
  "Session.getEffectiveUser": [EMAIL],
  "Session.getScriptTimeZone": [],
  "Session.getActiveUserLocale": [],
  "Session.getTemporaryActiveUserKey": [],
  "HtmlService.createHtmlOutputFromFile": [],
  "HtmlService.createHtmlOutput": [],
  "HtmlService.createTemplateFromFile": [],
  "LockService.getDocumentLock": [],
  "LockService.getScriptLock": [],
  "LockService.getUserLock": [],
  "PropertiesService.getDocumentProperties": [],
  "PropertiesService.getUserProperties": [],
  "PropertiesService.getScriptProperties": [],
  "Utilities.formatDate": [],
  "Utilities.sleep": [],
  "Charts.ChartType": [],
  "UrlFetchApp.fetch": [`${AUTH}script.external_request`],
  "UrlFetchApp.fetchAll": [`${AUTH}script.external_request`],
};

/** Every global service name Apps Script offers that this add-on might plausibly name. */
const SERVICES = [
  ...new Set([
    ...Object.keys(SCOPES).map((k) => k.split(".")[0] as string),
    "DriveApp",
    "DocumentApp",
    "GmailApp",
    "MailApp",
    "CalendarApp",
    "FormApp",
    "SlidesApp",
    "CacheService",
    "Logger",
    "Browser",
    "ContentService",
    "XmlService",
    "Sheets",
    "Drive",
  ]),
];

/** The scopes a bundle needs: each service method it names, mapped; `spreadsheets` covers
 * `spreadsheets.currentonly`. Throws on a service named any other way than `Service.method`. */
function requiredScopes(code: string): { scopes: string[]; uses: string[] } {
  const uses = new Set<string>();
  const pattern = new RegExp(`(?<![\\w$.])(${SERVICES.join("|")})\\b(\\.[A-Za-z_$][\\w$]*)?`, "gu");
  for (const m of code.matchAll(pattern)) {
    if (!m[2])
      throw new Error(
        `${m[1]} used other than as ${m[1]}.method: ${m.input?.slice(m.index, (m.index ?? 0) + 60)}`,
      );
    uses.add(`${m[1]}${m[2]}`);
  }
  const unknown = [...uses].filter((u) => !SCOPES[u]);
  if (unknown.length) throw new Error(`no scope known for ${unknown.join(", ")}`);
  const scopes = new Set([...uses].flatMap((u) => SCOPES[u] ?? []));
  if (scopes.has(ALL_SHEETS)) scopes.delete(CURRENT_ONLY);
  return { scopes: [...scopes].sort(), uses: [...uses].sort() };
}

describe("the scope mapping", () => {
  it("finds what a call needs, and refuses a service it cannot see through", () => {
    expect(
      requiredScopes("a=SpreadsheetApp.getActiveSpreadsheet();b.getRange(1,1)").scopes,
    ).toEqual([CURRENT_ONLY]);
    expect(requiredScopes("SpreadsheetApp.getActive();SpreadsheetApp.openByUrl(u)").scopes).toEqual(
      [ALL_SHEETS],
    );
    expect(requiredScopes("x.SpreadsheetApp;ScriptApp.newTrigger(h)").scopes).toEqual([TRIGGERS]);
    expect(() => requiredScopes("const s=SpreadsheetApp;s.openById(i)")).toThrow("other than");
    expect(() => requiredScopes("DriveApp.getFiles()")).toThrow("no scope known");
  });
});

/** What a flavor ships as code: Code.js and the job code in Jobs.html. */
const shipped = (flavor: (typeof FLAVOR_NAMES)[number]) =>
  `${builtFile(flavor, "Code.js")}\n${builtFile(flavor, "Jobs.html")}`;

describe.each(FLAVOR_NAMES)("dist/%s", (flavor) => {
  const code = shipped(flavor);
  const manifest = JSON.parse(builtFile(flavor, "appsscript.json")) as { oauthScopes: string[] };

  it("asks in appsscript.json for exactly the scopes its Code.js and Jobs.html use", () => {
    expect([...manifest.oauthScopes].sort()).toEqual(requiredScopes(code).scopes);
  });
});

describe("the commune flavor (dist/xa)", () => {
  const { uses, scopes } = requiredScopes(shipped("xa"));

  it("opens no other spreadsheet and makes no trigger", () => {
    expect(uses.filter((u) => /^SpreadsheetApp\.(open|create)|^ScriptApp\./u.test(u))).toEqual([]);
  });

  it("needs only non-sensitive scopes", () => {
    expect(scopes).toEqual([CURRENT_ONLY, UI, EMAIL].sort());
  });
});

describe("the gathering flavor (dist/tonghop)", () => {
  it("opens the lower levels' spreadsheets, so it needs the sensitive spreadsheets scope", () => {
    const { uses, scopes } = requiredScopes(shipped("tonghop"));
    expect(uses).toContain("SpreadsheetApp.openByUrl");
    expect(scopes).toContain(ALL_SHEETS);
    expect(scopes).not.toContain(CURRENT_ONLY);
  });
});
