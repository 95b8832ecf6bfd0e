// Apps Script enumerations as the fakes expose them: shared objects that print as their names,
// so `x === SpreadsheetApp.ProtectionType.RANGE` and `String(x) === "RANGE"` both work, while
// comparing with the bare string "RANGE" fails as it does in Apps Script.

export class EnumValue {
  constructor(
    readonly enumName: string,
    private readonly key: string,
    private readonly index: number,
  ) {}
  toString(): string {
    return this.key;
  }
  toJSON(): string {
    return this.key;
  }
  name(): string {
    return this.key;
  }
  ordinal(): number {
    return this.index;
  }
}

function makeEnum<E>(enumName: string, keys: readonly string[]): E {
  const out: Record<string, EnumValue> = {};
  keys.forEach((key, i) => {
    out[key] = new EnumValue(enumName, key, i);
  });
  return Object.freeze(out) as unknown as E;
}

/** The member name of an enum value the fake handed out (or of a string, for leniency in tests). */
export function enumKey(value: unknown): string {
  return String(value);
}

type S = typeof GoogleAppsScript.Spreadsheet;

export const ProtectionType = makeEnum<S["ProtectionType"]>("ProtectionType", ["RANGE", "SHEET"]);
export const DeveloperMetadataVisibility = makeEnum<S["DeveloperMetadataVisibility"]>(
  "DeveloperMetadataVisibility",
  ["DOCUMENT", "PROJECT"],
);
export const DeveloperMetadataLocationType = makeEnum<S["DeveloperMetadataLocationType"]>(
  "DeveloperMetadataLocationType",
  ["SPREADSHEET", "SHEET", "ROW", "COLUMN"],
);
export const SheetType = makeEnum<S["SheetType"]>("SheetType", ["GRID", "OBJECT"]);
export const DataValidationCriteria = makeEnum<S["DataValidationCriteria"]>(
  "DataValidationCriteria",
  [
    "DATE_AFTER",
    "DATE_BEFORE",
    "DATE_BETWEEN",
    "DATE_EQUAL_TO",
    "DATE_IS_VALID_DATE",
    "DATE_NOT_BETWEEN",
    "DATE_ON_OR_AFTER",
    "DATE_ON_OR_BEFORE",
    "NUMBER_BETWEEN",
    "NUMBER_EQUAL_TO",
    "NUMBER_GREATER_THAN",
    "NUMBER_GREATER_THAN_OR_EQUAL_TO",
    "NUMBER_LESS_THAN",
    "NUMBER_LESS_THAN_OR_EQUAL_TO",
    "NUMBER_NOT_BETWEEN",
    "NUMBER_NOT_EQUAL_TO",
    "TEXT_CONTAINS",
    "TEXT_DOES_NOT_CONTAIN",
    "TEXT_EQUAL_TO",
    "TEXT_IS_VALID_EMAIL",
    "TEXT_IS_VALID_URL",
    "VALUE_IN_LIST",
    "VALUE_IN_RANGE",
    "CUSTOM_FORMULA",
    "CHECKBOX",
  ],
);
export const BooleanCriteria = makeEnum<S["BooleanCriteria"]>("BooleanCriteria", [
  "CELL_EMPTY",
  "CELL_NOT_EMPTY",
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_EQUAL_TO",
  "DATE_AFTER_RELATIVE",
  "DATE_BEFORE_RELATIVE",
  "DATE_EQUAL_TO_RELATIVE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_STARTS_WITH",
  "TEXT_ENDS_WITH",
  "CUSTOM_FORMULA",
]);

export const ChartType = makeEnum<typeof GoogleAppsScript.Charts.ChartType>("ChartType", [
  "TIMELINE",
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "RADAR",
  "LINE",
  "ORG",
  "PIE",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TREEMAP",
  "WATERFALL",
]);

type B = typeof GoogleAppsScript.Base;
export const Button = makeEnum<B["Button"]>("Button", ["CLOSE", "OK", "CANCEL", "YES", "NO"]);
export const ButtonSet = makeEnum<B["ButtonSet"]>("ButtonSet", [
  "OK",
  "OK_CANCEL",
  "YES_NO",
  "YES_NO_CANCEL",
]);

type H = typeof GoogleAppsScript.HTML;
export const SandboxMode = makeEnum<H["SandboxMode"]>("SandboxMode", [
  "EMULATED",
  "IFRAME",
  "NATIVE",
]);
export const XFrameOptionsMode = makeEnum<H["XFrameOptionsMode"]>("XFrameOptionsMode", [
  "ALLOWALL",
  "DEFAULT",
]);

type T = typeof GoogleAppsScript.Script;
export const AuthMode = makeEnum<T["AuthMode"]>("AuthMode", [
  "NONE",
  "CUSTOM_FUNCTION",
  "LIMITED",
  "FULL",
]);
export const EventType = makeEnum<T["EventType"]>("EventType", [
  "CLOCK",
  "ON_OPEN",
  "ON_EDIT",
  "ON_FORM_SUBMIT",
  "ON_CHANGE",
  "ON_EVENT_UPDATED",
]);
export const TriggerSource = makeEnum<T["TriggerSource"]>("TriggerSource", [
  "SPREADSHEETS",
  "CLOCK",
  "FORMS",
  "DOCUMENTS",
  "CALENDAR",
]);
export const InstallationSource = makeEnum<T["InstallationSource"]>("InstallationSource", [
  "APPS_MARKETPLACE_DOMAIN_ADD_ON",
  "NONE",
  "WEB_STORE_ADD_ON",
]);

/** Looks an enum member up by name, e.g. `member(ProtectionType, "RANGE")`. */
export function member<E>(enumObject: unknown, key: string): E {
  const v = (enumObject as Record<string, unknown>)[key];
  if (v === undefined) throw new Error(`Unknown enum member ${key}`);
  return v as E;
}
