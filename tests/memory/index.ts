// The memory spreadsheet's public API: an in-memory stand-in for Apps Script's Spreadsheet service
// and the services around it, for unit tests, the vm bundle test, the benchmark and the preview.

export { cellA1, columnLetters, columnNumber, parseReference, type Rect, rectA1 } from "./a1";
export { DEFAULT_LATENCY, type Latency, NO_LATENCY } from "./calls";
export { EnumValue } from "./enums";
export {
  type Access,
  type AlertRecord,
  CallCounter,
  type CustomFunction,
  createEnvironment,
  type Deployment,
  type DialogRecord,
  Env,
  type EnvOptions,
  type HtmlRecord,
  type Language,
  type LockKind,
  type MenuItemRecord,
  type MenuRecord,
  type OpenFault,
  type PromptRecord,
  type SelectionRecord,
  SimClock,
  type SpreadsheetOptions,
  type ToastRecord,
  type TriggerRecord,
  UiLog,
} from "./env";
export {
  BUILTIN_FUNCTIONS,
  ENGLISH,
  parseFormula,
  readsAlikeEverywhere,
  type Syntax,
  translateFormula,
} from "./formula";
export {
  Charts,
  installGlobals,
  MemHtmlOutput,
  MemLock,
  MemProperties,
  MemSpreadsheetApp,
  MemUi,
  services,
} from "./services";
export {
  MemDeveloperMetadata,
  MemProtection,
  MemRange,
  MemSheet,
  MemSpreadsheet,
  MemUser,
} from "./spreadsheet";
export { formatJavaDate, formatValue, localeInfo } from "./values";
