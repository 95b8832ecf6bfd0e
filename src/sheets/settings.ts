// Settings the officer changes from the sidebar: values of the configuration tab, and refilling
// the roadmap tab from a preset when, and only when, the officer asks for it.

import { readConfig } from "../core/check/config";
import { SETTINGS } from "../core/messages";
import { FORMAT } from "../core/model/formats";
import type { Roadmap } from "../core/model/roadmaps";
import { CONFIG_FIELDS, CONFIG_TAB, ROADMAP_TAB } from "../core/model/schema";
import { Refusal } from "./run";
import { findTab, indexTabs, readGrid } from "./tabs";
import { writeRoadmapTable } from "./template";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Writes the given configuration values (by field key) into their rows; returns what changed.
 * Refuses (run it inside withDocumentLock) when the tab or a row is missing.
 */
export function writeConfig(ss: Spreadsheet, values: Readonly<Record<string, string>>): string[] {
  const index = indexTabs(ss);
  const sheet = findTab(index, "config", CONFIG_TAB);
  if (!sheet) throw new Refusal(SETTINGS.noConfig);
  const grid = readGrid(sheet);
  const { rows } = readConfig(grid, sheet.getName());
  const targets = Object.entries(values).map(([key, value]) => {
    const label = CONFIG_FIELDS.find((f) => f.key === key)?.label ?? key;
    const row = rows.get(key);
    if (!row) throw new Refusal(SETTINGS.noConfigRow(label));
    return { row, label, value };
  });
  const changed = targets.filter((t) => String(grid[t.row - 1]?.[1] ?? "") !== t.value);
  for (const t of changed) sheet.getRange(t.row, 2).setNumberFormat(FORMAT.text).setValue(t.value);
  return changed.map((t) => t.label);
}

/**
 * Replaces the roadmap tab's table with a preset's and records the preset in the configuration
 * (the officer confirmed it in the sidebar); refuses before writing when either tab is missing.
 */
export function refillRoadmap(ss: Spreadsheet, preset: Roadmap): void {
  const sheet = findTab(indexTabs(ss), "roadmap", ROADMAP_TAB);
  if (!sheet) throw new Refusal(SETTINGS.noRoadmap);
  writeConfig(ss, { preset: preset.name });
  sheet
    .getRange(1, 1, Math.max(sheet.getLastRow(), 1), Math.max(sheet.getLastColumn(), 1))
    .clearContent();
  writeRoadmapTable(sheet, preset);
}
