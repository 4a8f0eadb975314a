/**
 * Every persistent write happens under the document lock, so a trigger and a menu run never
 * interleave half-written rows. A caller that cannot get the lock in time gives up before writing.
 */
const LOCK_WAIT_MS = 3000;

/**
 * The document lock, or the script lock where there is none: getDocumentLock() returns null outside
 * a containing document (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()),
 * which a time-driven run may find itself in. The script lock covers every document, so it is
 * stricter, never weaker.
 */
function writeLock(): GoogleAppsScript.Lock.Lock {
  return LockService.getDocumentLock() ?? LockService.getScriptLock();
}

export function withDocumentLock<T>(
  work: () => T,
  waitMs = LOCK_WAIT_MS,
): { ran: true; value: T } | { ran: false } {
  const lock = writeLock();
  if (!lock.tryLock(waitMs)) return { ran: false };
  try {
    return { ran: true, value: work() };
  } finally {
    lock.releaseLock();
  }
}
