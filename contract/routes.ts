/**
 * Every HTTP route of the API, in one table keyed by method and path
 * (`'POST /api/windows/:windowId/call-next'`): its schemas, who may call it, its documentation and
 * the error codes its rules answer. The server registers each route from here
 * (server/routes/route-table.ts) and the pages call them through the typed client (ui/api.ts),
 * which takes only types from this file (`import type`), so TypeBox stays out of the page bundles.
 */
import type { Static, TSchema } from '@sinclair/typebox';
import type { Method, RouteKeyPattern, RouteSpec } from './route-spec.js';
import { ACCOUNT_ROUTES } from './routes-accounts.js';
import { ADMIN_ROUTES } from './routes-admin.js';
import { CALENDAR_ROUTES } from './routes-calendar.js';
import { CASE_ROUTES } from './routes-cases.js';
import { CATALOG_ADMIN_ROUTES } from './routes-catalog-admin.js';
import { RATING_ROUTES } from './routes-ratings.js';
import { ROSTER_ROUTES } from './routes-roster.js';
import { SUPERVISION_ROUTES } from './routes-supervision.js';
import { SETTINGS_ROUTES } from './routes-settings.js';
import { HALL_ROUTES } from './routes-hall.js';
import { OUTBOX_ROUTES } from './routes-outbox.js';
import { WINDOW_ROUTES } from './routes-windows.js';
import { WHATIF_ROUTES } from './routes-whatif.js';
import { BOOKING_ROUTES } from './routes-bookings.js';

export type { Method, RouteSpec } from './route-spec.js';

export const ROUTES = { ...HALL_ROUTES, ...WINDOW_ROUTES, ...ACCOUNT_ROUTES, ...CASE_ROUTES, ...RATING_ROUTES, ...SUPERVISION_ROUTES, ...SETTINGS_ROUTES, ...CALENDAR_ROUTES, ...OUTBOX_ROUTES, ...ADMIN_ROUTES, ...CATALOG_ADMIN_ROUTES, ...ROSTER_ROUTES, ...WHATIF_ROUTES, ...BOOKING_ROUTES } as const satisfies Record<RouteKeyPattern, RouteSpec>;

export type Routes = typeof ROUTES;
export type RouteKey = keyof Routes;

export function isRouteKey(key: string): key is RouteKey {
  return Object.hasOwn(ROUTES, key);
}

/** The method of a route key: `MethodOf<'POST /api/tickets'>` is `'POST'`. */
export type MethodOf<K extends RouteKey> = K extends `${infer M extends Method} ${string}` ? M : never;
/** The path pattern of a route key: `PathOf<'GET /api/tickets/:id'>` is `'/api/tickets/:id'`. */
export type PathOf<K extends RouteKey> = K extends `${Method} ${infer P}` ? P : never;
/** The names of a path's `:x` parameters. */
export type PathParamNames<P extends string> =
  P extends `${string}:${infer Name}/${infer Rest}` ? Name | PathParamNames<`/${Rest}`>
    : P extends `${string}:${infer Name}` ? Name : never;

type SchemaAt<K extends RouteKey, F extends string> = Routes[K] extends { readonly [P in F]: infer S extends TSchema } ? S : undefined;

/** The parameter names the route's params schema declares (never without one). */
export type ParamSchemaNames<K extends RouteKey> = SchemaAt<K, 'params'> extends infer S extends TSchema ? keyof Static<S> & string : never;

/** A schema of an object without properties takes `{}` only: nothing else type-checks either. */
type StaticOf<S extends TSchema> = keyof Static<S> extends never ? Record<string, never> : Static<S>;

/** Required when the schema requires something, optional when everything in it is, absent without a schema. */
type Slot<S, Name extends string> = S extends TSchema
  ? (Partial<Static<S>> extends Static<S> ? { [P in Name]?: StaticOf<S> } : { [P in Name]: StaticOf<S> })
  : { [P in Name]?: never };

/** What a page passes to `call(route, input)`: path parameters, JSON body and query, each typed from the route's schemas. */
export type RouteInput<K extends RouteKey> = Slot<SchemaAt<K, 'params'>, 'params'> & Slot<SchemaAt<K, 'body'>, 'body'> & Slot<SchemaAt<K, 'querystring'>, 'query'>;

/** What a successful call answers (the 200 answer, or the 201 of a route that only creates). */
export type RouteResponse<K extends RouteKey> = Routes[K]['response'] extends { readonly 200: infer S extends TSchema } ? Static<S>
  : Routes[K]['response'] extends { readonly 201: infer S extends TSchema } ? Static<S> : never;
