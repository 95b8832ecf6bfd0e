// "Tự kiểm tra tiện ích": runs the probe in a temporary tab of the real workbook, reads back what
// Sheets made of it, and removes everything it made; a run cut short is cleaned up by the next one.

import { PROBE_COUNT, PROBE_RATE_HEADER, PROBE_SHADED, probeValues } from "../core/report/probe";
import {
  PROBE_FORMATS,
  PROBE_NOTE,
  PROBE_READ,
  PROBE_TAB,
  PROBE_WIDTH,
  type ProbeReadings,
} from "../core/report/selfcheck";
import { isOurs, rulesFor } from "./highlight";
import { DOCUMENT, freeName, META } from "./tabs";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** What the sidebar judges and shows (its words are the sidebar's). */
export interface SelfCheckReport {
  /** Absent when another job held the document lock: nothing else was tried. */
  readonly readings?: ProbeReadings;
  readonly locale: string;
  readonly timeZone: string;
  /** Temporary tabs left by a run cut short, removed first. */
  readonly cleaned: number;
}

/** Temporary tabs of earlier runs: marked by the add-on, or named so and empty or holding the note. */
function leftovers(ss: Spreadsheet): Sheet[] {
  const marked = new Set(
    ss
      .createDeveloperMetadataFinder()
      .withKey(META.selfCheck)
      .find()
      .map((m) => m.getLocation().getSheet()?.getSheetId()),
  );
  return ss
    .getSheets()
    .filter(
      (s) =>
        marked.has(s.getSheetId()) ||
        (s.getName() === PROBE_TAB &&
          (s.getLastRow() === 0 || s.getRange(1, 1).getValue() === PROBE_NOTE)),
    );
}

/** A count cell under the count rule in reject mode must take 3 and refuse 2,5. */
function validationWorks(cell: Range, rule: string): boolean {
  cell.setDataValidation(
    SpreadsheetApp.newDataValidation().requireFormulaSatisfied(rule).setAllowInvalid(false).build(),
  );
  const takes = (v: number) => {
    try {
      cell.setValue(v);
      return true;
    } catch {
      return false;
    }
  };
  return takes(3) && !takes(2.5);
}

/** Writes the probe and reads it back (the tab is deleted by the caller). */
function probe(sheet: Sheet, documentLock: boolean, locale: string): ProbeReadings {
  sheet.addDeveloperMetadata(META.selfCheck, "1", DOCUMENT());
  const { row, col, formats } = PROBE_FORMATS;
  sheet.getRange(row, col, formats.length, formats[0]?.length ?? 1).setNumberFormats(formats);
  sheet.getRange(1, 1, 5, PROBE_WIDTH).setValues(probeValues(sheet.getName()));
  const validation = validationWorks(
    sheet.getRange(PROBE_COUNT.row, PROBE_COUNT.col),
    PROBE_COUNT.rule,
  );
  const s = PROBE_SHADED;
  sheet.setConditionalFormatRules(rulesFor([sheet.getRange(s.row, s.col, s.rows, 1)], s.formulas));
  return {
    values: sheet.getRange(1, 1, 5, PROBE_READ).getValues(),
    rateHeader: PROBE_RATE_HEADER,
    display: sheet.getRange(row, col + 1, 2, 2).getDisplayValues(),
    validation,
    ours: sheet.getConditionalFormatRules().filter(isOurs).length,
    metadata: sheet
      .getDeveloperMetadata()
      .some((m) => m.getKey() === META.selfCheck && m.getVisibility() === DOCUMENT()),
    documentLock,
    locale,
  };
}

/**
 * Tự kiểm tra tiện ích. Holds the document lock like every job; when another job holds it, only
 * that line is reported.
 */
export function selfCheck(ss: Spreadsheet): SelfCheckReport {
  const locale = ss.getSpreadsheetLocale();
  const timeZone = ss.getSpreadsheetTimeZone();
  const documentLock = LockService.getDocumentLock();
  const lock = documentLock ?? LockService.getScriptLock();
  if (!lock.tryLock(5000)) return { locale, timeZone, cleaned: 0 };
  try {
    const old = leftovers(ss);
    for (const s of old) ss.deleteSheet(s);
    const active = ss.getActiveSheet();
    const byName = new Map(ss.getSheets().map((s) => [s.getName(), s]));
    const sheet = ss.insertSheet(freeName({ byName }, PROBE_TAB));
    try {
      return {
        readings: probe(sheet, documentLock !== null, locale),
        locale,
        timeZone,
        cleaned: old.length,
      };
    } finally {
      ss.deleteSheet(sheet);
      ss.setActiveSheet(active);
    }
  } finally {
    lock.releaseLock();
  }
}
