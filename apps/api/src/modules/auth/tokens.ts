import { createHmac, randomBytes } from 'node:crypto';

/** A random, URL-safe secret for a cookie or an e-mailed link. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Keyed digest stored instead of the token, so a database leak does not yield usable tokens. */
export function tokenDigest(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}
