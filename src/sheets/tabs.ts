// Finding, reading and marking the add-on's tabs. Every read is one whole-tab call; tabs are found
// by the developer metadata the add-on stamps on them, so an officer may rename them.

import type { Contribution } from "../core/model/schema";
import { rateHeader } from "../core/model/template";
import { nameKey } from "../core/text";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Metadata keys the add-on writes; their values say which tab or what summary it is. */
export const META = {
  tab: "mhht.tab",
  summary: "mhht.summary",
  template: "mhht.template",
  selfCheck: "mhht.selfcheck",
} as const;

export interface TabIndex {
  /** Tab id (config, roadmap, villages…) → sheet. */
  readonly byId: ReadonlyMap<string, Sheet>;
  /** Sheet name → the summary metadata value, for tabs the add-on generated. */
  readonly generated: ReadonlyMap<string, string>;
  readonly byName: ReadonlyMap<string, Sheet>;
}

/** Looks at every sheet once: its name and the add-on's metadata on it. */
export function indexTabs(ss: Spreadsheet): TabIndex {
  const byId = new Map<string, Sheet>();
  const generated = new Map<string, string>();
  const byName = new Map<string, Sheet>();
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    byName.set(name, sheet);
    for (const md of sheet.getDeveloperMetadata()) {
      const key = md.getKey();
      if (key === META.tab && !byId.has(md.getValue() ?? "")) byId.set(md.getValue() ?? "", sheet);
      if (key === META.summary) generated.set(name, md.getValue() ?? "");
    }
  }
  return { byId, generated, byName };
}

/**
 * A cheaper index for reading someone else's sheet: each tab by its template name, one call each.
 * Falls back to the full index when an expected tab was renamed.
 */
export function indexByName(
  ss: Spreadsheet,
  names: Readonly<Record<string, string>>,
  optional: readonly string[] = [],
): TabIndex {
  const byId = new Map<string, Sheet>();
  const byName = new Map<string, Sheet>();
  for (const [id, name] of Object.entries(names)) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) {
      if (optional.includes(id)) continue;
      return indexTabs(ss);
    }
    byId.set(id, sheet);
    byName.set(name, sheet);
  }
  return { byId, byName, generated: new Map() };
}

/** The sheet of a tab: the one the add-on marked, else one with the template's name. */
export function findTab(index: TabIndex, id: string, name: string): Sheet | undefined {
  return index.byId.get(id) ?? index.byName.get(name);
}

/** A tab the add-on generated, by its metadata value. */
export function generatedSheet(index: TabIndex, value: string): Sheet | undefined {
  for (const [name, v] of index.generated) if (v === value) return index.byName.get(name);
  return undefined;
}

/** The whole used area of a sheet, in one call. */
export function readGrid(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

/**
 * Every script that opens the document sees DOCUMENT metadata: the commune flavor, the gathering
 * flavor and every copy of the template are different script projects, and PROJECT metadata is
 * invisible to all but the one that wrote it. The default is undocumented, so it is always passed.
 */
export const DOCUMENT = () => SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT;

/** Sets (or replaces) a metadata value on a sheet or the spreadsheet, visible to the whole document. */
export function mark(target: Sheet | Spreadsheet, key: string, value: string): void {
  const existing = target.getDeveloperMetadata().find((md) => md.getKey() === key);
  if (existing) existing.setValue(value).setVisibility(DOCUMENT());
  else target.addDeveloperMetadata(key, value, DOCUMENT());
}

/**
 * Where a rate column sits in a header row: found by the header its formula shows (the cell's
 * value), never by reading the formula text back; -1 when absent.
 */
export function rateAt(header: readonly unknown[], c: Contribution): number {
  const h = nameKey(rateHeader(c));
  return header.findIndex((v) => typeof v === "string" && nameKey(v) === h);
}

/**
 * The add-on's tab for `key`: the one marked with it; else an empty, unmarked tab of that name
 * (left by a run stopped right after creating it); else a new tab under a name no officer's tab
 * uses, marked at once. `kept` names an officer's tab that was left alone.
 */
export function claimTab(
  ss: Spreadsheet,
  index: TabIndex,
  name: string,
  key: string,
): { sheet: Sheet; kept?: string } {
  const existing = generatedSheet(index, key);
  if (existing) return { sheet: existing };
  const same = index.byName.get(name);
  if (same && !index.generated.has(name) && same.getLastRow() === 0 && same.getLastColumn() === 0) {
    mark(same, META.summary, key);
    return { sheet: same };
  }
  const free = freeName(index, name);
  const sheet = ss.insertSheet(free);
  mark(sheet, META.summary, key);
  return { sheet, kept: free === name ? undefined : name };
}

/** Makes the sheet exactly `rows` rows tall: one call whether it grows or shrinks. */
export function resizeRows(sheet: Sheet, rows: number): void {
  const max = sheet.getMaxRows();
  if (rows > max) sheet.insertRowsAfter(max, rows - max);
  else if (rows < max) sheet.deleteRows(rows + 1, max - rows);
}

/** A sheet name not yet used: "Tổng hợp 2026", else "Tổng hợp 2026 (2)"… */
export function freeName(index: Pick<TabIndex, "byName">, wanted: string): string {
  const taken = new Set([...index.byName.keys()].map((n) => n.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++)
    if (!taken.has(`${wanted} (${i})`.toLowerCase())) return `${wanted} (${i})`;
}
