import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Every key starts with this, so that leaked keys can be recognised by secret scanners. */
export const KEY_PREFIX = 'cdp_';

const KEY_PATTERN = /^cdp_([a-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

export interface GeneratedKey {
  /** The whole key, to show once. */
  key: string;
  /** The public lookup part (stored). */
  prefix: string;
  /** SHA-256 of the whole key (stored). */
  hash: string;
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** A new key: cdp_<10 lowercase letters and digits>_<256 random bits, base64url>. */
export function generateKey(): GeneratedKey {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const prefix = Array.from(randomBytes(10), (b) => alphabet[b % alphabet.length]).join('');
  const key = `${KEY_PREFIX}${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashKey(key) };
}

/** The lookup prefix of a well-formed key, or null. */
export function parseKey(key: string): string | null {
  return KEY_PATTERN.exec(key)?.[1] ?? null;
}

/** Compares a presented key with a stored hash in constant time. */
export function keyMatches(key: string, storedHash: string): boolean {
  const a = Buffer.from(hashKey(key), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
