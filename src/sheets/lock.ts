/**
 * Every persistent write happens under the document lock, so a trigger and a menu run never
 * interleave half-written rows. A caller that cannot get the lock in time gives up before writing.
 */
const LOCK_WAIT_MS = 3000;

export function withDocumentLock<T>(
  work: () => T,
  waitMs = LOCK_WAIT_MS,
): { ran: true; value: T } | { ran: false } {
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(waitMs)) return { ran: false };
  try {
    return { ran: true, value: work() };
  } finally {
    lock.releaseLock();
  }
}
