// client-js's route types (its dist/route-types.generated.d.ts), by the same names, declared
// here as generic helpers over an open route map. Re-exported by index.d.ts; hand-written.
//
// How precise they are: client-js generates one contract per server route (about 420), with
// each route's path parameters, query, body and response typed from the server's schemas.
// This package does not carry that map (it would tie the types to one server build and weigh
// 800 KB). Here a route key is any `'<VERB> /<path>'` and a client path any `/<path>`: the
// keys are checked for their form, not against the server's routes, and every contract has
// path parameters as strings, the query and body as `any`, and the response as `any` with a
// response kind among the server's five. Code that names these types (`Body<'POST
// /agents/:agentId/generate'>`, `RouteResponse<K>`, `ClientRequest<P, M>`) compiles
// unchanged, with those parts loosely typed; the methods of the classes carry their own
// precise parameter and result types.

/** The HTTP verbs of the server's routes (`ALL`: a route answering every verb). */
export type RouteHttpMethod = 'ALL' | 'DELETE' | 'GET' | 'PATCH' | 'POST' | 'PUT'

/** How a route answers: JSON, a stream, an AI SDK data stream, or MCP over HTTP or SSE. */
export type RouteResponseKind = 'json' | 'stream' | 'datastream-response' | 'mcp-http' | 'mcp-sse'

/** One route's contract, loosely typed (see the top of this file). */
export interface RouteContract {
  /** Path placeholders (`:agentId`) by name. */
  pathParams: Record<string, string>
  /** Query parameters. */
  queryParams: any
  /** JSON body. */
  body: any
  /** The request as one object: `params`, `query`, `body`. */
  request: { params?: Record<string, string>; query?: any; body?: any }
  /** The parsed reply. */
  response: any
  /** How the route answers. */
  responseType: RouteResponseKind
}

/** The server's routes by `'<VERB> <path>'` (path placeholders as `:name`), e.g. `'GET /agents/:agentId'`. */
export interface RouteTypes {
  [route: `${RouteHttpMethod} /${string}`]: RouteContract
}
/** A route key, `'<VERB> <path>'`. */
export type RouteKey = keyof RouteTypes
/** The path parameters of route `K`. */
export type PathParams<K extends RouteKey> = RouteTypes[K]['pathParams']
/** The query parameters of route `K`. */
export type QueryParams<K extends RouteKey> = RouteTypes[K]['queryParams']
/** The body of route `K`. */
export type Body<K extends RouteKey> = RouteTypes[K]['body']
/** The request of route `K` (`params`, `query`, `body`). */
export type RouteRequest<K extends RouteKey> = RouteTypes[K]['request']
/** The reply of route `K`. */
export type RouteResponse<K extends RouteKey> = RouteTypes[K]['response']
/** How route `K` answers. */
export type RouteResponseType<K extends RouteKey> = RouteTypes[K]['responseType']

/** The server's routes by path, then verb: `Client['/agents/:agentId']['GET']`. */
export interface Client {
  [path: `/${string}`]: { [M in RouteHttpMethod]: RouteContract }
}
/** A route path, `/<path>`. */
export type ClientPath = keyof Client
/** The verbs of path `P`. */
export type ClientMethod<P extends ClientPath> = Extract<keyof Client[P], RouteHttpMethod>
/** The contract of `M P`. */
export type ClientRoute<P extends ClientPath, M extends ClientMethod<P>> = Client[P][M]
/** The request of `M P`. */
export type ClientRequest<P extends ClientPath, M extends ClientMethod<P>> = ClientRoute<P, M> extends { request: infer Request } ? Request : never
/** The reply of `M P`. */
export type ClientResponse<P extends ClientPath, M extends ClientMethod<P>> = ClientRoute<P, M> extends { response: infer Response } ? Response : never
/** How `M P` answers. */
export type ClientResponseKind<P extends ClientPath, M extends ClientMethod<P>> = ClientRoute<P, M> extends { responseType: infer Kind } ? Kind : never
/** The reply of route `K` as JSON carries it (dates as text): client-js's `SerializedRouteResponse`. */
export type SerializedRouteResponse<K extends RouteKey> = RouteResponse<K>
