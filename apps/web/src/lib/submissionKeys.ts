import { useState } from 'react';

/** A random UUID; `crypto.randomUUID` exists only on secure origins, so plain HTTP builds one from random bytes. */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The Idempotency-Key of a form's submissions: a new one for each submission, the same one when the
 * same content is sent again (the person clicks again after a network error), so that a create whose
 * answer was lost is not made twice. After an acknowledged create the next submission is a new one.
 */
export class SubmissionKeys {
  private last: { content: string; key: string } | null = null;

  keyFor(content: unknown): string {
    const text = JSON.stringify(content ?? null);
    if (this.last?.content !== text) this.last = { content: text, key: newKey() };
    return this.last.key;
  }

  acknowledged(): void {
    this.last = null;
  }
}

/** One `SubmissionKeys` for the life of the component (a form's create mutation). */
export function useSubmissionKeys(): SubmissionKeys {
  return useState(() => new SubmissionKeys())[0];
}
