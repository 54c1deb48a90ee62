import { errorReasons } from '../core/rules';

/** The values of `extensions.reason` on errors of permissions and API keys (published in the schema as AuthErrorReason). */
export enum AuthErrorReason {
  ROLE = 'ROLE',
  SCOPE = 'SCOPE',
  WORDING = 'WORDING',
  TOO_MANY_LIVE_KEYS = 'TOO_MANY_LIVE_KEYS',
  SECRET_SHOWN_ONCE = 'SECRET_SHOWN_ONCE',
  KEY_NOT_LIVE = 'KEY_NOT_LIVE',
}

declare module '../common/errors' {
  interface ErrorReasons {
    auth: AuthErrorReason;
  }
}

export const AUTH_ERROR_REASONS = errorReasons('AuthErrorReason', 'permissions and API keys', AuthErrorReason, {
  ROLE: "FORBIDDEN: the key's role may not do this.",
  SCOPE: "FORBIDDEN: the key's role may, but not on this record: it is outside the key's pillar or agency.",
  WORDING:
    "FORBIDDEN: an agency's key changing the wording (text, sub-points) of an objective or action shared with other agencies: wording belongs to the pillar lead and the coordinator.",
  TOO_MANY_LIVE_KEYS: 'CONFLICT: the principal already has as many live keys as allowed; revoke one first.',
  SECRET_SHOWN_ONCE: 'CONFLICT: a key create or rotate repeated with its idempotencyKey: the secret was shown once and is not shown again.',
  KEY_NOT_LIVE: 'BAD_USER_INPUT: the key is revoked or expired, so it cannot be rotated.',
});
