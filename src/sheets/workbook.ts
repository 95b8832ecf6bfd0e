// Reads every tab the entry checks need, one whole-tab read each, and runs the checks.

import {
  type CheckedWorkbook,
  checkWorkbook,
  type Grid,
  type WorkbookGrids,
} from "../core/check/workbook";
import { AREAS, COMMUNE_TABS, CONFIG_TAB, ROADMAP_TAB } from "../core/model/schema";
import { findTab, indexTabs, readGrid, type TabIndex } from "./tabs";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ReadWorkbook {
  readonly index: TabIndex;
  readonly grids: WorkbookGrids;
  readonly checked: CheckedWorkbook;
}

/** Reads configuration, roadmap and data tabs, then checks them all in one pass. */
export function readWorkbook(ss: Spreadsheet, index: TabIndex = indexTabs(ss)): ReadWorkbook {
  const read = (id: string, name: string): Grid | undefined => {
    const sheet = findTab(index, id, name);
    return sheet ? readGrid(sheet) : undefined;
  };
  const data: WorkbookGrids["data"] = {};
  for (const tab of [...COMMUNE_TABS, AREAS]) {
    const sheet = findTab(index, tab.id, tab.name);
    if (sheet) {
      const name = index.byName.get(tab.name) === sheet ? tab.name : sheet.getName();
      data[tab.id] = { name, grid: readGrid(sheet) };
    }
  }
  const grids: WorkbookGrids = {
    config: read("config", CONFIG_TAB),
    roadmap: read("roadmap", ROADMAP_TAB),
    data,
  };
  return { index, grids, checked: checkWorkbook(grids) };
}
