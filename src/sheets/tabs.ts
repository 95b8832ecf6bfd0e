// Finding, reading and marking the add-on's tabs. Every read is one whole-tab call; tabs are found
// by the developer metadata the add-on stamps on them, so an officer may rename them.

import type { Contribution } from "../core/model/schema";
import { rateHeader } from "../core/model/template";
import { nameKey } from "../core/text";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

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
  /** Sheet names in tab order, kept up to date as the add-on inserts tabs. */
  readonly order: string[];
  /** Sheet name → where the add-on's tab ranks (rankOf); officers' tabs have none. */
  readonly ranks: Map<string, number>;
}

/** Template tabs first, in this order; the closing log after the data tabs. */
const TEMPLATE_ORDER = ["config", "roadmap", "villages", "units", "association", "areas", "log"];
/** Generated tabs after them, year by year, in this order of kinds (the key's first word). */
const GENERATED_ORDER = ["summary", "report", "gather", "snapshot"];
const SNAPSHOT_ORDER = ["villages", "units", "association"];
const LOG = TEMPLATE_ORDER.indexOf("log");
const GENERATED = TEMPLATE_ORDER.length;

/**
 * Where a tab of the add-on stands, from its metadata: the template's tabs in template order,
 * then generated tabs by year and kind ("Tổng hợp xã 2025" before "Tổng hợp xã 2026"), then
 * generated tabs without a year. The same order whichever tab was active when one was made.
 */
export function rankOf(key: string, value: string): number {
  if (key === META.tab) {
    const at = TEMPLATE_ORDER.indexOf(value);
    // a template tab this list does not know yet stands before the log
    return at < 0 ? LOG - 0.5 : at;
  }
  const year = Number(/\b\d{4}\b/u.exec(value)?.[0] ?? 9999);
  const kind = GENERATED_ORDER.indexOf(value.split(":")[0] ?? "");
  const tab = value.startsWith("snapshot:") ? SNAPSHOT_ORDER.indexOf(value.split(":")[2] ?? "") : 0;
  return GENERATED + (year - 2000) * 100 + (kind < 0 ? 90 : kind * 10) + Math.max(tab, 0);
}

/** Looks at every sheet once: its name and the add-on's metadata on it. */
export function indexTabs(ss: Spreadsheet): TabIndex {
  const byId = new Map<string, Sheet>();
  const generated = new Map<string, string>();
  const byName = new Map<string, Sheet>();
  const order: string[] = [];
  const ranks = new Map<string, number>();
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    byName.set(name, sheet);
    order.push(name);
    for (const md of sheet.getDeveloperMetadata()) {
      const key = md.getKey();
      const value = md.getValue() ?? "";
      if (key === META.tab && !byId.has(value)) byId.set(value, sheet);
      if (key === META.summary) generated.set(name, value);
      if (key === META.tab || key === META.summary) ranks.set(name, rankOf(key, value));
    }
  }
  return { byId, generated, byName, order, ranks };
}

/**
 * Inserts a tab of the add-on at its rank: after the last of the add-on's tabs ranked at or before
 * it, else before the first ranked after it, else last. Never beside whichever tab is active, and
 * officers' own tabs stay where they are.
 */
export function insertTab(ss: Spreadsheet, index: TabIndex, name: string, rank: number): Sheet {
  let last = -1;
  let next = -1;
  index.order.forEach((n, i) => {
    const r = index.ranks.get(n);
    if (r === undefined) return;
    if (r <= rank) last = i;
    else if (next < 0) next = i;
  });
  const at = last >= 0 ? last + 1 : next >= 0 ? next : index.order.length;
  const sheet = ss.insertSheet(name, at);
  index.order.splice(at, 0, name);
  index.ranks.set(name, rank);
  return sheet;
}

/** The tabs the add-on generated (summaries, gathering, the closing log…), in tab order. */
export function generatedTabs(index: TabIndex): string[] {
  return index.order.filter((n) => (index.ranks.get(n) ?? -1) >= LOG);
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
  return { byId, byName, generated: new Map(), order: [], ranks: new Map() };
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
 * value), never by reading the formula text back; -1 when absent. Sheets made before the headers
 * named their denominator show "Tỷ lệ GDHT", read as well.
 */
export function rateAt(header: readonly unknown[], c: Contribution): number {
  const names = [rateHeader(c), `Tỷ lệ ${c.indicator}`].map(nameKey);
  return header.findIndex((v) => typeof v === "string" && names.includes(nameKey(v)));
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
  const sheet = insertTab(ss, index, free, rankOf(META.summary, key));
  mark(sheet, META.summary, key);
  return { sheet, kept: free === name ? undefined : name };
}

/**
 * The add-on's tab `id`: the one found (marked as ours if it was found by name), else a new one
 * marked at once. `fresh` when it still has to be made whole (new, or left empty by a cut run):
 * its makers write the contents last, so a tab with contents is complete.
 */
export function templateTab(
  ss: Spreadsheet,
  index: TabIndex,
  id: string,
  name: string,
): { sheet: Sheet; fresh: boolean } {
  const found = findTab(index, id, name);
  const sheet = found ?? insertTab(ss, index, name, rankOf(META.tab, id));
  if (!index.byId.has(id)) {
    mark(sheet, META.tab, id);
    // found by its name: it ranks as ours now, so the tabs made after it go in order around it
    index.ranks.set(name, rankOf(META.tab, id));
  }
  // an empty tab is one a run cut right after creating it left
  return { sheet, fresh: !found || found.getLastRow() === 0 };
}

/**
 * Protects a range with a warning. One already there with this description, or with none (a run
 * cut between protect() and setDescription()), is reused: never doubled, never left a full lock.
 */
export function protectWarning(range: Range, description: string): void {
  const where = range.getA1Notation();
  const found = range
    .getSheet()
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .find(
      (p) =>
        [description, ""].includes(p.getDescription()) && p.getRange().getA1Notation() === where,
    );
  (found ?? range.protect()).setDescription(description).setWarningOnly(true);
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
