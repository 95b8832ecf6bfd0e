// Reading one lower-level spreadsheet for gathering, read-only and close to the fewest calls: one
// open, the template version, then one lookup and one read per tab it needs (a commune's three data
// tabs and closing log). Whatever Apps Script throws, in any language, ends as that source's own
// status with the message kept.

import type { Grid } from "../core/check/workbook";
import { GATHER } from "../core/messages";
import { COMMUNE_TABS } from "../core/model/schema";
import { LOG_TAB } from "../core/share/closing";
import { snapshotName } from "../core/share/gather";
import {
  failed,
  type Gathered,
  judgeSource,
  type SourceContext,
  type SourceRead,
  versionFits,
} from "../core/share/source";
import { clip } from "../core/text";
import { findTab, indexTabs, META } from "./tabs";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The template version stamped on the spreadsheet, or undefined when it is not the add-on's. */
function templateVersion(source: Spreadsheet): string | undefined {
  const md = source.getDeveloperMetadata().find((m) => m.getKey() === META.template);
  return md ? (md.getValue() ?? "") : undefined;
}

/**
 * A whole tab in one call ("-1 … the very last row or column that has data"). A tab with no data
 * at all has no such block: read it as Sheets' data range instead.
 */
function values(sheet: Sheet | null): Grid | undefined {
  if (!sheet) return undefined;
  try {
    return sheet.getSheetValues(1, 1, -1, -1);
  } catch {
    return sheet.getDataRange().getValues();
  }
}

/**
 * Reads what gathering needs of a source whose template fits. A commune is known by its data tabs
 * (by name; by the add-on's marks when an officer renamed one), a district by its snapshot tabs of
 * the year. Its configuration is its own business: gathering takes names and codes from the list.
 */
function readTabs(source: Spreadsheet, year: number, version: string): SourceRead {
  const lookup = (names: readonly string[]) => names.map((n) => source.getSheetByName(n));
  const first = source.getSheetByName(COMMUNE_TABS[0]?.name ?? "");
  let commune = first !== null;
  let names = COMMUNE_TABS.map((t) => (commune ? t.name : snapshotName(t, year)));
  let sheets = commune ? [first, ...lookup(names.slice(1))] : lookup(names);
  if (commune ? sheets.some((s) => !s) : sheets.every((s) => !s)) {
    // an officer may rename a data tab: the add-on's marks still find it (a few more calls)
    const index = indexTabs(source);
    const marked = COMMUNE_TABS.map((t) => findTab(index, t.id, t.name) ?? null);
    if (marked.some(Boolean)) {
      commune = true;
      sheets = marked;
      names = marked.map((m) => m?.getName() ?? "");
    }
  }
  const data: SourceRead["data"] = {};
  COMMUNE_TABS.forEach((tab, i) => {
    const sheet = sheets[i] ?? null;
    const grid = values(sheet);
    if (sheet && grid) data[tab.id] = { name: names[i] ?? "", grid };
  });
  const log = commune ? values(source.getSheetByName(LOG_TAB)) : undefined;
  return { version, commune, data, log };
}

const messageOf = (e: unknown) => clip(e instanceof Error ? e.message : String(e));

/** Gathers one source. Never throws: a failure to open or to read is the source's status. */
export function gatherSource(ctx: SourceContext): Gathered {
  const { area } = ctx;
  if (!area.url) return failed(ctx, "noUrl", [GATHER.detail.noUrl]);
  let source: Spreadsheet;
  try {
    source = SpreadsheetApp.openByUrl(area.url);
  } catch (e) {
    // no access, deleted, a wrong link or a passing failure: Apps Script's words (in the user's
    // language) cannot tell them apart reliably, so the officer gets every likely cause
    return failed(ctx, "openFailed", [GATHER.detail.openFailed], { raw: messageOf(e) });
  }
  let read: SourceRead;
  try {
    const version = templateVersion(source);
    read = versionFits(version)
      ? readTabs(source, ctx.year, version as string)
      : { version, commune: false, data: {} };
  } catch (e) {
    // a source that opened fine can still fail in the middle of reading it
    return failed(ctx, "readFailed", [GATHER.detail.readFailed], { raw: messageOf(e) });
  }
  return judgeSource(ctx, read);
}
