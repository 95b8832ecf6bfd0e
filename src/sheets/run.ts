// How a job runs: the result it gives the officer, the refusals every job applies the same way, and
// the document lock every writing job holds.

import type { Finding } from "../core/check/read";
import { blockingErrors } from "../core/check/workbook";
import { JOB } from "../core/messages";

/** What a job tells the officer: plain data, no Date, safe to pass through google.script.run. */
export interface JobResult {
  readonly ok: boolean;
  readonly message: string;
  readonly findings?: readonly Finding[];
  /** The tab the job made or changed, for the sidebar to open. */
  readonly sheet?: string;
  /** A question to ask before running the job again with the officer's consent. */
  readonly confirm?: string;
  /** The job did its work, but some of it needs the officer's attention (its findings say what). */
  readonly warning?: boolean;
}

/**
 * The workbook's document lock, taken; undefined when another run holds it, or when there is no
 * workbook to lock (a trigger whose workbook is gone). Never the script lock: it does not keep an
 * officer's own run and a trigger's run of the same workbook apart.
 */
export function takeDocumentLock(waitMs = 5000): GoogleAppsScript.Lock.Lock | undefined {
  const lock = LockService.getDocumentLock();
  return lock?.tryLock(waitMs) ? lock : undefined;
}

/** A job stopped for a reason the officer can fix (its message says how); never a crash. */
export class Refusal extends Error {}

/** The refusal of a job while the data it would write from has errors: `year`'s, or any year's. */
export function blocked(findings: readonly Finding[], year?: number): JobResult | undefined {
  const errors = blockingErrors(findings, year);
  if (errors.length)
    return { ok: false, message: JOB.blocked(errors.length, year), findings: errors };
  return undefined;
}

/** Runs `job` holding the document lock; tells the officer when someone else holds it. */
export function withDocumentLock(job: () => JobResult, waitMs = 5000): JobResult {
  const lock = takeDocumentLock(waitMs);
  if (!lock) return { ok: false, message: JOB.busy };
  try {
    return job();
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, message: e.message };
    throw e;
  } finally {
    lock.releaseLock();
  }
}
