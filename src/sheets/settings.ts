// Settings the officer changes from the sidebar: values of the configuration tab, and refilling
// the roadmap tab from a preset when, and only when, the officer asks for it; the table it
// replaces is kept in a tab of its own and can be put back.

import { readConfig } from "../core/check/config";
import { SETTINGS } from "../core/messages";
import { FORMAT } from "../core/model/formats";
import type { Roadmap } from "../core/model/roadmaps";
import { CONFIG_FIELDS, CONFIG_TAB, ROADMAP_TAB, roadmapTitle } from "../core/model/schema";
import { roadmapGrid } from "../core/model/template";
import { formatDateTime } from "../core/text";
import { readGuidance } from "./guidance";
import { type JobResult, Refusal } from "./run";
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

/**
 * Checks that the given configuration values (by field key) can be written, refusing before any
 * write when the tab or a row is missing (run it inside withDocumentLock), and returns what
 * writes them and says which settings changed.
 */
function configWriter(ss: Spreadsheet, values: Readonly<Record<string, string>>): () => string[] {
  const sheet = findTab(indexTabs(ss), "config", CONFIG_TAB);
  if (!sheet) throw new Refusal(SETTINGS.noConfig);
  const grid = readGrid(sheet);
  const { rows } = readConfig(grid, sheet.getName());
  const targets = Object.entries(values).map(([key, value]) => {
    const row = rows.get(key);
    const field = CONFIG_FIELDS.find((f) => f.key === key);
    if (!row || !field) throw new Refusal(SETTINGS.noConfigRow(field?.label ?? key));
    return { row, field, value };
  });
  return () =>
    targets
      .filter((t) => String(grid[t.row - 1]?.[1] ?? "") !== t.value)
      .map(({ row, field, value }) => {
        // as text, so "10/12" stays a deadline, "00123" keeps its zeros and "=…" is no formula
        const cell = sheet.getRange(row, 2).setNumberFormat(FORMAT.text).setValue(value);
        // an older sheet's list of choices may not hold the value written now
        if (field.choices) setChoices(cell, field, readGuidance().config[field.key]);
        return field.label;
      });
}

/** Writes the given configuration values into their rows; returns the settings that changed. */
export function writeConfig(ss: Spreadsheet, values: Readonly<Record<string, string>>): string[] {
  return configWriter(ss, values)();
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
  if (!sheet) throw new Refusal(SETTINGS.noRoadmap);
  return sheet;
}

/**
 * Replaces the roadmap tab's table with a preset's (the officer confirmed it in the sidebar) and
 * chooses that preset in the configuration. The table it replaces goes to a backup tab first;
 * an empty table, or the preset's own, is what a run cut after clearing or writing left, so the
 * backup the cut run made is kept and the same job run again finishes.
 */
export function refillRoadmap(ss: Spreadsheet, preset: Roadmap, now: number): string {
  const index = indexTabs(ss);
  const sheet = roadmapSheet(index);
  const choose = configWriter(ss, { preset: roadmapTitle(preset.name) });
  const configSheet = findTab(index, "config", CONFIG_TAB);
  const previous = configSheet ? readConfig(readGrid(configSheet)).config.preset : "";
  const { sheet: backup } = claimTab(ss, index, BACKUP_TAB, BACKUP_KEY);
  const table = readTable(sheet);
  const replaced =
    sheet.getLastRow() > 0 && JSON.stringify(table.cells) !== JSON.stringify(roadmapGrid(preset));
  if (replaced) keep(backup, table, { at: now, preset: previous });
  clearTable(sheet);
  writeRoadmapTable(sheet, preset);
  choose();
  return SETTINGS.refilled(preset.title, backup.getName());
}

/** When the roadmap table last replaced by a refill was kept, if one is (for the sidebar): as the
 * officer reads it, and exactly, to name that table when asking for it back. */
export function roadmapBackupTime(index: TabIndex): { shown: string; at: number } | undefined {
  const backup = generatedSheet(index, BACKUP_KEY);
  const at = backup ? readBackup(backup).at : undefined;
  return at === undefined ? undefined : { shown: formatDateTime(at), at };
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

/** On the backup tab while a restore runs: both tables and both stamps, as read before any write. */
const SWAP_META = "mhht.restore";
/** Developer metadata holds 30,000 characters per sheet; a larger pair of tables is not swapped. */
const SWAP_LIMIT = 25_000;

interface Swap {
  readonly roadmap: Table;
  readonly backup: Table;
  /** The backup's stamp (what is restored) and the stamp the replaced table gets. */
  readonly restored: Backup;
  readonly replaced: Backup;
}

/**
 * Puts the kept table back and keeps the one it replaces in its place, so undoing the undo works
 * too. A swap cannot be written in an order where a cut never loses one of the tables, so both are
 * first written down on the backup tab (one call); a run cut after that finishes the same swap
 * when the officer presses again. `keptAt` names the table the officer asked for: once it is back
 * (the backup then holds the table it replaced, stamped later), pressing again changes nothing.
 */
export function restoreRoadmap(ss: Spreadsheet, now: number, keptAt?: number): JobResult {
  const index = indexTabs(ss);
  const backup = generatedSheet(index, BACKUP_KEY);
  if (!backup) return { ok: false, message: SETTINGS.noBackup };
  const sheet = roadmapSheet(index);
  const journal = backup.getDeveloperMetadata().find((md) => md.getKey() === SWAP_META);
  let swap = journal ? (JSON.parse(journal.getValue() || "{}") as Swap) : undefined;
  if (!swap && keptAt !== undefined && readBackup(backup).at !== keptAt)
    return { ok: true, message: SETTINGS.alreadyRestored, sheet: sheet.getName() };
  if (!swap) {
    const configSheet = findTab(index, "config", CONFIG_TAB);
    const current = configSheet ? readConfig(readGrid(configSheet)).config.preset : "";
    swap = {
      roadmap: readTable(sheet),
      backup: readTable(backup),
      restored: readBackup(backup),
      replaced: { at: now, preset: current },
    };
  }
  const { restored } = swap;
  const choose = restored.preset
    ? configWriter(ss, { preset: roadmapTitle(restored.preset) })
    : () => [];
  if (!journal) {
    const text = JSON.stringify(swap);
    if (text.length > SWAP_LIMIT) return { ok: false, message: SETTINGS.backupTooLarge };
    mark(backup, SWAP_META, text);
  }
  clearTable(sheet);
  writeTable(sheet, swap.backup);
  keep(backup, swap.roadmap, swap.replaced);
  choose();
  for (const md of backup.getDeveloperMetadata()) if (md.getKey() === SWAP_META) md.remove();
  return {
    ok: true,
    message: SETTINGS.restored(formatDateTime(restored.at), backup.getName()),
    sheet: sheet.getName(),
  };
}
