// How a gathering run that stopped before the time limit goes on, and how far a run has got. As an
// add-on no trigger runs sooner than an hour, so the officer presses again; a script bound to the
// workbook leaves itself a one-off trigger. Both are kept per workbook, never per user.

/** The time trigger's handler (a top-level function of the bundle). */
export const CONTINUE_HANDLER = "continueGather";
/** A paused run of one workbook, for its trigger: the year, in the user's store. */
const PENDING_PREFIX = "mhht.gather.pending.";
/** How far the running gathering of this workbook has got, in the workbook's own store. */
const PROGRESS_KEY = "mhht.gather.progress";
/** A run is killed at 6 minutes: a "running" record older than this is from a killed run. */
const STALE_MS = 7 * 60_000;
/** The trigger's delay: Apps Script only promises it will not run sooner. */
const CONTINUE_AFTER_MS = 60_000;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * True for a script bound to its workbook (or run from the editor), which may make short time
 * triggers; false for an Editor add-on, whose time triggers run at most once an hour.
 */
export function isBoundScript(): boolean {
  return ScriptApp.getInstallationSource() === ScriptApp.InstallationSource.NONE;
}

const pendingKey = (id: string) => `${PENDING_PREFIX}${id}`;

/**
 * Leaves a bound script's trigger to resume the run of `ss`; false when the run must be resumed by
 * hand (an add-on, or a trigger Apps Script would not make, e.g. in a test deployment).
 */
export function scheduleContinuation(ss: Spreadsheet, year: number): boolean {
  if (!isBoundScript()) return false;
  try {
    PropertiesService.getUserProperties().setProperty(pendingKey(ss.getId()), String(year));
    const waiting = ScriptApp.getProjectTriggers().some(
      (t) => t.getHandlerFunction() === CONTINUE_HANDLER,
    );
    if (!waiting)
      ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(CONTINUE_AFTER_MS).create();
    return true;
  } catch {
    // whatever the reason, the officer can still resume by pressing again
    return false;
  }
}

/** Forgets the paused run of the workbook `id` and removes the triggers left for it. */
export function clearContinuation(id: string, triggerUid?: string): void {
  PropertiesService.getUserProperties().deleteProperty(pendingKey(id));
  for (const t of ScriptApp.getProjectTriggers())
    if (
      t.getHandlerFunction() === CONTINUE_HANDLER &&
      (triggerUid === undefined || t.getUniqueId() === triggerUid)
    )
      ScriptApp.deleteTrigger(t);
}

/** The year of the paused run of workbook `id`, if one waits for its trigger. */
export function pendingYear(id: string): number | undefined {
  const year = Number(PropertiesService.getUserProperties().getProperty(pendingKey(id)));
  return Number.isInteger(year) && year > 0 ? year : undefined;
}

/** Workbooks with a paused run waiting for a trigger, by id. */
export function pendingWorkbooks(): string[] {
  return PropertiesService.getUserProperties()
    .getKeys()
    .filter((k) => k.startsWith(PENDING_PREFIX))
    .map((k) => k.slice(PENDING_PREFIX.length));
}

/** How far a gathering run has got, for the sidebar's progress line. */
export interface GatherProgress {
  readonly running: boolean;
  readonly done: number;
  readonly total: number;
}

interface StoredProgress extends GatherProgress {
  readonly at: number;
}

/**
 * Records progress at most every `everyMs` (the sidebar polls; a write costs a service call), and
 * always when the run starts and ends. Nothing is recorded where there is no document store.
 */
export function progressRecorder(
  now: () => number,
  everyMs = 10_000,
): (progress: GatherProgress, force?: boolean) => void {
  const store = PropertiesService.getDocumentProperties();
  let last = Number.NEGATIVE_INFINITY;
  return (progress, force = false) => {
    const at = now();
    if (!store || (!force && at - last < everyMs)) return;
    last = at;
    store.setProperty(PROGRESS_KEY, JSON.stringify({ ...progress, at } satisfies StoredProgress));
  };
}

/** The progress of this workbook's gathering; not running when none runs or the last was killed. */
export function readProgress(now: number): GatherProgress {
  const stored = PropertiesService.getDocumentProperties()?.getProperty(PROGRESS_KEY);
  if (!stored) return { running: false, done: 0, total: 0 };
  const p = JSON.parse(stored) as StoredProgress;
  return { running: p.running && now - p.at < STALE_MS, done: p.done, total: p.total };
}
