// Shared set-up for the sheet tests: a fresh memory spreadsheet per test, installed as globals.

import { afterEach, beforeEach } from "vitest";
import { projectEnvironment } from "../fixtures/project";
import { type Env, type EnvOptions, installGlobals } from "../memory";

/** A fresh environment for each test of the file; returns a getter. */
export function useEnvironment(options: EnvOptions = { latency: "none" }): () => Env {
  let env: Env | undefined;
  let uninstall: (() => void) | undefined;
  beforeEach(() => {
    env = projectEnvironment(options);
    uninstall = installGlobals(globalThis, env);
  });
  afterEach(() => uninstall?.());
  return () => {
    if (!env) throw new Error("no environment");
    return env;
  };
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function tab(ss: Spreadsheet, name: string): Sheet {
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet;
}

/** Every value of every tab, for "nothing changed" comparisons. */
export function allValues(ss: Spreadsheet): Record<string, unknown[][]> {
  return Object.fromEntries(ss.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()]));
}

/** Column index (1-based) of a header in row 1. */
export function col(sheet: Sheet, header: string): number {
  const row = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
  const i = row.indexOf(header);
  if (i < 0) throw new Error(`no column ${header} in ${sheet.getName()}`);
  return i + 1;
}
