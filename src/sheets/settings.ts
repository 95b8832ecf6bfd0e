// Settings the officer changes from the sidebar: values of the configuration tab, and refilling
// the roadmap tab from a preset when, and only when, the officer asks for it; the table it
// replaces is kept in a tab of its own and can be put back.

import { readConfig } from "../core/check/config";
import { SETTINGS } from "../core/messages";
import { FORMAT } from "../core/model/formats";
import type { Roadmap } from "../core/model/roadmaps";
import { CONFIG_FIELDS, CONFIG_TAB, ROADMAP_TAB, roadmapTitle } from "../core/model/schema";
import { formatDateTime } from "../core/text";
import { readGuidance } from "./guidance";
import type { JobResult } from "./run";
import {
  claimTab,
  findTab,
  generatedSheet,
  indexTabs,
  mark,
  readGrid,
  type TabIndex,
} from "./tabs";
import { setChoices, writeRoadmapTable } from "./template";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
    // as text, so "10/12" stays a deadline, "00123" keeps its zeros and "=…" is no formula
    const cell = sheet.getRange(row, 2).setNumberFormat(FORMAT.text).setValue(value);
    // an older sheet's list of choices may not hold the value written now
    if (field.choices) setChoices(cell, field, readGuidance().config[key]);
    changed.push(field.label);
  }
  return changed;
}

/** The generated tab that keeps the roadmap table a refill replaced. */
const BACKUP_KEY = "backup:roadmap";
const BACKUP_TAB = "Lộ trình trước khi điền lại";
/** On the backup tab: when the refill happened and which roadmap was chosen before it. */
const BACKUP_META = "mhht.backup";

interface Backup {
  readonly at: number;
  readonly preset: string;
}

/** A table's cells as they can be written back: formulas as formulas, with formats and notes. */
interface Table {
  readonly cells: unknown[][];
  readonly formats: string[][];
  readonly notes: string[][];
}

function readTable(sheet: Sheet): Table {
  const range = sheet.getRange(
    1,
    1,
    Math.max(sheet.getLastRow(), 1),
    Math.max(sheet.getLastColumn(), 1),
  );
  const formulas = range.getFormulas();
  const cells = range.getValues().map((row, r) => row.map((v, c) => formulas[r]?.[c] || v));
  return { cells, formats: range.getNumberFormats(), notes: range.getNotes() };
}

/** Writes a table at A1 (formats first: a cell keeps what it was, text or number or formula). */
function writeTable(sheet: Sheet, table: Table): void {
  const rows = table.cells.length;
  const width = table.cells[0]?.length ?? 1;
  sheet
    .getRange(1, 1, rows, width)
    .setNumberFormats(table.formats)
    .setValues(table.cells)
    .setNotes(table.notes);
}

/** Empties the used area of a tab: values and notes (formats stay until overwritten). */
function clearTable(sheet: Sheet): void {
  sheet
    .getRange(1, 1, Math.max(sheet.getLastRow(), 1), Math.max(sheet.getLastColumn(), 1))
    .clearContent()
    .clearNote();
}

function roadmapSheet(index: TabIndex): Sheet {
  const sheet = findTab(index, "roadmap", ROADMAP_TAB);
  if (!sheet) throw new Error(SETTINGS.noRoadmap);
  return sheet;
}

/**
 * Replaces the roadmap tab's table with a preset's (the officer confirmed it in the sidebar) and
 * chooses that preset in the configuration. The table it replaces goes to a backup tab first.
 */
export function refillRoadmap(ss: Spreadsheet, preset: Roadmap, now: number): string {
  const index = indexTabs(ss);
  const sheet = roadmapSheet(index);
  const configSheet = findTab(index, "config", CONFIG_TAB);
  const previous = configSheet ? readConfig(readGrid(configSheet)).config.preset : "";
  const { sheet: backup } = claimTab(ss, index, BACKUP_TAB, BACKUP_KEY);
  keep(backup, readTable(sheet), { at: now, preset: previous });
  clearTable(sheet);
  writeRoadmapTable(sheet, preset);
  writeConfig(ss, { preset: roadmapTitle(preset.name) });
  return SETTINGS.refilled(preset.title, backup.getName());
}

/** When the roadmap table last replaced by a refill was kept, if one is (for the sidebar). */
export function roadmapBackupTime(index: TabIndex): string | undefined {
  const backup = generatedSheet(index, BACKUP_KEY);
  return backup ? formatDateTime(readBackup(backup).at) : undefined;
}

/** Writes a replaced table into the backup tab, with when it was replaced and its roadmap. */
function keep(backup: Sheet, table: Table, saved: Backup): void {
  clearTable(backup);
  writeTable(backup, table);
  mark(backup, BACKUP_META, JSON.stringify(saved));
  for (const p of backup.getProtections(SpreadsheetApp.ProtectionType.SHEET)) p.remove();
  backup
    .protect()
    .setDescription(SETTINGS.backupNote(formatDateTime(saved.at), roadmapTitle(saved.preset)))
    .setWarningOnly(true);
}

function readBackup(sheet: Sheet): Backup {
  const value = sheet
    .getDeveloperMetadata()
    .find((md) => md.getKey() === BACKUP_META)
    ?.getValue();
  const parsed = JSON.parse(value || "{}") as Partial<Backup>;
  return { at: Number(parsed.at) || 0, preset: String(parsed.preset ?? "") };
}

/**
 * Puts back the table the last refill replaced, with the roadmap chosen before it. The two tables
 * change places, so the one replaced now is kept in turn and nothing is lost either way.
 */
export function restoreRoadmap(ss: Spreadsheet, now: number): JobResult {
  const index = indexTabs(ss);
  const backup = generatedSheet(index, BACKUP_KEY);
  if (!backup) return { ok: false, message: SETTINGS.noBackup };
  const sheet = roadmapSheet(index);
  const configSheet = findTab(index, "config", CONFIG_TAB);
  const current = configSheet ? readConfig(readGrid(configSheet)).config.preset : "";
  const saved = readBackup(backup);
  const restored = readTable(backup);
  keep(backup, readTable(sheet), { at: now, preset: current });
  clearTable(sheet);
  writeTable(sheet, restored);
  if (saved.preset) writeConfig(ss, { preset: roadmapTitle(saved.preset) });
  return {
    ok: true,
    message: SETTINGS.restored(formatDateTime(saved.at), backup.getName()),
    sheet: sheet.getName(),
  };
}
