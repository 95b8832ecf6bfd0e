// Reads every tab the entry checks need, one whole-tab read each, and runs the checks.

import {
  type CheckedWorkbook,
  checkWorkbook,
  type Grid,
  type NamedGrid,
  type WorkbookGrids,
} from "../core/check/workbook";
import { CRITERIA_TAB } from "../core/model/criteria";
import { AREAS, COMMUNE_TABS, CONFIG_TAB, ROADMAP_TAB } from "../core/model/schema";
import { SCORING_PREFIX } from "../core/model/scoring";
import { findTab, indexTabs, readGrid, type TabIndex } from "./tabs";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ReadWorkbook {
  readonly index: TabIndex;
  readonly grids: WorkbookGrids;
  readonly checked: CheckedWorkbook;
}

/**
 * Reads configuration, roadmap and data tabs, then checks them all in one pass. The criteria and
 * scoring tabs stay in the commune: gathering reads without them (`scoring: false`).
 */
export function readWorkbook(
  ss: Spreadsheet,
  index: TabIndex = indexTabs(ss),
  options: { readonly scoring?: boolean } = {},
): ReadWorkbook {
  const read = (id: string, name: string): Grid | undefined => {
    const sheet = findTab(index, id, name);
    return sheet ? readGrid(sheet) : undefined;
  };
  const named = (id: string, name: string): NamedGrid | undefined => {
    const sheet = findTab(index, id, name);
    if (!sheet) return undefined;
    return {
      name: index.byName.get(name) === sheet ? name : sheet.getName(),
      grid: readGrid(sheet),
    };
  };
  const data: WorkbookGrids["data"] = {};
  for (const tab of [...COMMUNE_TABS, AREAS]) data[tab.id] = named(tab.id, tab.name);
  // scoring tabs are found by the metadata the add-on stamped on them ("scoring:GDHT"…)
  const scoring: Record<string, NamedGrid> = {};
  if (options.scoring !== false)
    for (const [name, sheet] of index.byName) {
      const id = [...index.byId].find(([, s]) => s === sheet)?.[0] ?? "";
      if (id.startsWith(SCORING_PREFIX))
        scoring[id.slice(SCORING_PREFIX.length)] = { name, grid: readGrid(sheet) };
    }
  const grids: WorkbookGrids = {
    config: read("config", CONFIG_TAB),
    roadmap: read("roadmap", ROADMAP_TAB),
    data,
    criteria: options.scoring === false ? undefined : named("criteria", CRITERIA_TAB),
    scoring,
    // a district's or province's list must not name the workbook itself (one call, upper levels only)
    ownId: data.areas ? ss.getId() : undefined,
  };
  return { index, grids, checked: checkWorkbook(grids) };
}
