// LockService: one script execution at a time, so a lock is free unless a test says another process
// holds it (emulator.lock.heldElsewhere). The most locks held at once is recorded.
import { registerClass } from './counting';
import type { Env } from './env';
import { asGas } from './types';

type GasLock = GoogleAppsScript.Lock.Lock;

export class EmuLock implements Pick<GasLock, 'hasLock' | 'releaseLock' | 'tryLock' | 'waitLock'> {
  private held = false;

  constructor(private readonly env: Env) {}

  private acquire(): boolean {
    if (this.held) return true;
    if (this.env.lock.heldElsewhere) return false;
    this.held = true;
    const state = this.env.lock;
    state.held++;
    state.maxHeld = Math.max(state.maxHeld, state.held);
    return true;
  }

  hasLock(): boolean {
    return this.held;
  }

  releaseLock(): void {
    if (!this.held) return;
    this.held = false;
    this.env.lock.held--;
  }

  tryLock(_timeoutInMillis: number): boolean {
    return this.acquire();
  }

  waitLock(_timeoutInMillis: number): void {
    if (!this.acquire())
      throw this.env.exception('Lock timeout: another process was holding the lock for too long.');
  }
}
registerClass(EmuLock, 'Lock', 'lock');

/** One lock per kind: every getDocumentLock() call in an execution refers to the same lock. */
export class EmuLockService
  implements Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>
{
  private readonly document: EmuLock;
  private readonly script: EmuLock;
  private readonly user: EmuLock;

  constructor(private readonly env: Env) {
    this.document = new EmuLock(env);
    this.script = new EmuLock(env);
    this.user = new EmuLock(env);
  }

  /**
   * Null outside a containing document: "If this method is called outside of the context of a
   * containing document (such as from a standalone script or webapp), null is returned."
   * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
   */
  getDocumentLock(): GasLock {
    return asGas(this.env.lock.outsideDocument || !this.env.documentContext ? null : this.document);
  }

  getScriptLock(): GasLock {
    return asGas(this.script);
  }

  getUserLock(): GasLock {
    return asGas(this.user);
  }
}
registerClass(EmuLockService, 'LockService', 'lock');
