import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from '@alliance/contracts';

export interface RequestContextData {
  requestId: string;
  principal?: Principal & { email: string };
  /** SQL statements this request has sent so far (logged with the request, read by the benchmark). */
  sqlStatements: number;
}

const storage = new AsyncLocalStorage<RequestContextData>();

/** Per-request data (request id, signed-in user) for logs and audit events, without threading it through every call. */
export const RequestContext = {
  run<T>(data: RequestContextData, fn: () => T): T {
    return storage.run(data, fn);
  },
  current(): RequestContextData | undefined {
    return storage.getStore();
  },
  requestId(): string | undefined {
    return storage.getStore()?.requestId;
  },
  countStatement(): void {
    const data = storage.getStore();
    if (data) data.sqlStatements += 1;
  },
};
