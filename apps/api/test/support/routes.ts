import { listRoutes as routesOf, type Route } from '../../src/common/openapi/route-list';
import type { TestApp } from './test-app';

export type { Route };

/** Every route handler of the running test app. */
export function listRoutes(t: TestApp): Route[] {
  return routesOf(t.app);
}
