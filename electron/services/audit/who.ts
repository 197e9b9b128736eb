import { userInfo } from 'node:os';

/** Who makes the changes, for the audit trail: the operating-system user. */
export function operatingSystemUser(): string {
  try {
    return userInfo().username || 'unknown user';
  } catch {
    // userInfo throws when the user has no entry in the password database (some containers).
    return 'unknown user';
  }
}
