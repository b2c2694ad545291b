/** Escapes LIKE/ILIKE wildcards so user text matches literally (the default escape character is a backslash). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
