// Settings the officer changes from the sidebar: values of the configuration tab, and refilling
// the roadmap tab from a preset when, and only when, the officer asks for it.

import { readConfig } from "../core/check/config";
import { SETTINGS } from "../core/messages";
import { FORMAT } from "../core/model/formats";
import type { Roadmap } from "../core/model/roadmaps";
import { CONFIG_FIELDS, CONFIG_TAB, ROADMAP_TAB } from "../core/model/schema";
import { findTab, indexTabs, readGrid } from "./tabs";
import { writeRoadmapTable } from "./template";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Writes the given configuration values (by field key) into their rows; returns what changed. */
export function writeConfig(ss: Spreadsheet, values: Readonly<Record<string, string>>): string[] {
  const index = indexTabs(ss);
  const sheet = findTab(index, "config", CONFIG_TAB);
  if (!sheet) throw new Error(SETTINGS.noConfig);
  const grid = readGrid(sheet);
  const { rows } = readConfig(grid, sheet.getName());
  const changed: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    const row = rows.get(key);
    const field = CONFIG_FIELDS.find((f) => f.key === key);
    if (!row || !field) throw new Error(SETTINGS.noConfigRow(field?.label ?? key));
    if (String(grid[row - 1]?.[1] ?? "") === value) continue;
    sheet.getRange(row, 2).setNumberFormat(FORMAT.text).setValue(value);
    changed.push(field.label);
  }
  return changed;
}

/** Replaces the roadmap tab's table with a preset's (the officer confirmed it in the sidebar). */
export function refillRoadmap(ss: Spreadsheet, preset: Roadmap): void {
  const sheet = findTab(indexTabs(ss), "roadmap", ROADMAP_TAB);
  if (!sheet) throw new Error(SETTINGS.noRoadmap);
  sheet
    .getRange(1, 1, Math.max(sheet.getLastRow(), 1), Math.max(sheet.getLastColumn(), 1))
    .clearContent();
  writeRoadmapTable(sheet, preset);
}
