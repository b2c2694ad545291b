import { RequestMethod, type INestApplicationContext } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { POLICY_KEY, type RoutePolicy } from '../policy/policy.decorator';

export interface Route {
  method: string; // lower case, as in OpenAPI
  path: string; // OpenAPI style: /api/organizations/{id}
  handler: string; // Controller.method
  policy: RoutePolicy | undefined;
  hasBody: boolean;
}

/** Every route handler of the app, read from the controllers' Nest metadata (for the OpenAPI document and the tests). */
export function listRoutes(app: INestApplicationContext): Route[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const routes: Route[] = [];
  const asArray = (value: string | string[] | undefined) => (Array.isArray(value) ? value : [value ?? '']);
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
    if (!controller) continue;
    for (const name of scanner.getAllMethodNames(controller.prototype)) {
      const handler = (controller.prototype as Record<string, unknown>)[name] as object;
      const methodPath = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (methodPath === undefined) continue; // a helper, not a route
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod].toLowerCase();
      const policy = (Reflect.getMetadata(POLICY_KEY, handler) ?? Reflect.getMetadata(POLICY_KEY, controller)) as
        RoutePolicy | undefined;
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<string, unknown>;
      const hasBody = Object.keys(args).some((key) => Number(key.split(':')[0]) === RouteParamtypes.BODY);
      for (const base of asArray(Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined)) {
        for (const sub of asArray(methodPath)) {
          const path = ['/api', base, sub]
            .flatMap((part) => part.split('/'))
            .filter(Boolean)
            .map((part) => part.replace(/^:(\w+)$/, '{$1}'))
            .join('/');
          routes.push({ method, path: `/${path}`, handler: `${controller.name}.${name}`, policy, hasBody });
        }
      }
    }
  }
  return routes;
}
