import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from '@alliance/contracts';

export interface RequestContextData {
  requestId: string;
  principal?: Principal & { email: string };
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
};
