/**
 * A create a client may send again with the same Idempotency-Key (its answer lost with the
 * connection, say): the record the key already names is the answer, else the create runs and stores
 * the key in its own transaction. When the create fails, a copy of the request may have committed
 * meanwhile (the unique index on the key refused this one, or a rule saw the copy's record): the
 * record the key names now, if any, is the answer; otherwise the failure stands.
 */
export async function createOnce<T>(
  key: string | undefined,
  existing: (key: string) => Promise<T | null>,
  create: () => Promise<T>,
): Promise<T> {
  if (key === undefined) return create();
  const first = await existing(key);
  if (first) return first;
  try {
    return await create();
  } catch (error) {
    const copy = await existing(key).catch(() => null);
    if (copy) return copy;
    throw error;
  }
}
