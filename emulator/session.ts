// Session: the one emulated user, the script time zone and locale.
import { createHash } from 'node:crypto';
import { registerClass } from './counting';
import type { Env } from './env';
import { asGas } from './types';

export class EmuUser implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}
registerClass(EmuUser, 'User', 'session');

export class EmuSession
  implements
    Pick<
      GoogleAppsScript.Base.Session,
      | 'getActiveUser'
      | 'getActiveUserLocale'
      | 'getEffectiveUser'
      | 'getScriptTimeZone'
      | 'getTemporaryActiveUserKey'
    >
{
  private users = new Map<string, EmuUser>();

  constructor(private readonly env: Env) {}

  /** The person at the keyboard now (emulator.setUser changes it); one object per person. */
  private get user(): EmuUser {
    let user = this.users.get(this.env.userEmail);
    if (!user) {
      user = new EmuUser(this.env.userEmail);
      this.users.set(this.env.userEmail, user);
    }
    return user;
  }

  getActiveUser(): GoogleAppsScript.Base.User {
    return asGas(this.user);
  }

  getEffectiveUser(): GoogleAppsScript.Base.User {
    return asGas(this.user);
  }

  getActiveUserLocale(): string {
    return 'en';
  }

  getScriptTimeZone(): string {
    return this.env.scriptTimeZone;
  }

  /** Stable per user, opaque (as in Apps Script, where it rotates every 30 days). */
  getTemporaryActiveUserKey(): string {
    // Rotates every 30 days, as Apps Script's does: code must not keep it as a lasting identity.
    const period = Math.floor(this.env.now().getTime() / (30 * 86400000));
    return createHash('sha256')
      .update(`emulator:${this.env.userEmail}:${period}`)
      .digest('base64url')
      .slice(0, 43);
  }
}
registerClass(EmuSession, 'Session', 'session');
