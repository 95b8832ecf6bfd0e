// How a job runs: the result it gives the officer, and the document lock every writing job holds.

import type { Finding } from "../core/check/read";
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
}

/** Runs `job` holding the document lock; tells the officer when someone else holds it. */
export function withDocumentLock(job: () => JobResult, waitMs = 5000): JobResult {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return { ok: false, message: JOB.busy };
  try {
    return job();
  } finally {
    lock.releaseLock();
  }
}
