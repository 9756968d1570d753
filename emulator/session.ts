/**
 * Session (who is running the script) and ScriptApp (the script itself).
 */
import { Emulated, ENV, asApi, countCalls, enumOf } from './counted';
import type { Env } from './env';

type SessionApi = GoogleAppsScript.Base.Session;
type User = GoogleAppsScript.Base.User;
type ScriptAppApi = GoogleAppsScript.Script.ScriptApp;

const SESSION_API = [
  'getActiveUser',
  'getActiveUserLocale',
  'getEffectiveUser',
  'getScriptTimeZone',
  'getTemporaryActiveUserKey',
] as const satisfies readonly (keyof SessionApi)[];

export class EmuSession extends Emulated implements Pick<SessionApi, (typeof SESSION_API)[number]> {
  getActiveUser(): User {
    return asApi(new EmuUser(this[ENV], this[ENV].settings.user));
  }

  getActiveUserLocale(): string {
    return this[ENV].book.locale.split('_')[0];
  }

  getEffectiveUser(): User {
    return asApi(new EmuUser(this[ENV], this[ENV].settings.user));
  }

  getScriptTimeZone(): string {
    return this[ENV].settings.scriptTimeZone;
  }

  getTemporaryActiveUserKey(): string {
    return `temp-key-${this[ENV].settings.user}`;
  }
}
countCalls(EmuSession, 'Session', SESSION_API);

const USER_API = ['getEmail'] as const satisfies readonly (keyof User)[];

export class EmuUser extends Emulated implements Pick<User, (typeof USER_API)[number]> {
  readonly #email: string;

  constructor(env: Env, email: string) {
    super(env);
    this.#email = email;
  }

  getEmail(): string {
    return this.#email;
  }
}
countCalls(EmuUser, 'User', USER_API);

const SCRIPT_APP_API = ['getOAuthToken', 'getScriptId'] as const satisfies readonly (keyof ScriptAppApi)[];

export class EmuScriptApp extends Emulated implements Pick<ScriptAppApi, (typeof SCRIPT_APP_API)[number] | 'AuthMode'> {
  readonly AuthMode = enumOf(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']) as unknown as ScriptAppApi['AuthMode'];

  getScriptId(): string {
    return this[ENV].settings.scriptId;
  }

  /**
   * "Gets the OAuth 2.0 access token for the effective user"
   * (https://developers.google.com/apps-script/reference/script/script-app#getOAuthToken()):
   * here a fixed stand-in, never a real token (the Picker dialogs carry it, no test calls Google with it).
   */
  getOAuthToken(): string {
    return `ya29.emulated-token-for-${this[ENV].settings.user}`;
  }
}
countCalls(EmuScriptApp, 'ScriptApp', SCRIPT_APP_API);
