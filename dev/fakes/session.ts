import { createHash } from 'node:crypto';
import { GasObject } from './membrane';
import { User } from './user';
import type { World } from './world';

/** Session (https://developers.google.com/apps-script/reference/base/session). */
export class Session extends GasObject {
  readonly _class = 'Session';

  constructor(readonly _w: World) {
    super();
  }

  getActiveUser(): User {
    return new User(this._w.user);
  }

  /** The script runs as the active user (an installable trigger: as its creator, set with setUser). */
  getEffectiveUser(): User {
    return new User(this._w.user);
  }

  getActiveUserLocale(): string {
    return 'ko';
  }

  getScriptTimeZone(): string {
    return this._w.scriptTimeZone;
  }

  getTimeZone(): string {
    return this._w.scriptTimeZone;
  }

  /** Stable per user and script, and not the email. */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256')
      .update(`${this._w.scriptId}:${this._w.user}`)
      .digest('base64url')
      .slice(0, 43);
  }
}
