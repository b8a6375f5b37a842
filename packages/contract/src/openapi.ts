import { z } from 'zod';
import { Problem } from './common.ts';
import { healthRoute, routes, type RouteSpec } from './routes.ts';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema =>
  z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'any',
    reused: 'inline',
  }) as JsonSchema;

/** Query and path objects become one OpenAPI parameter per property. */
function parameters(where: 'query' | 'path', schema: z.ZodObject | undefined) {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: property,
  }));
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

function operation(id: string, route: RouteSpec) {
  const responses: Record<string, unknown> = {
    [route.status]: route.response
      ? { description: 'OK', content: { 'application/json': { schema: toSchema(route.response, 'output') } } }
      : { description: 'No content' },
    400: problemResponse('Invalid request; `errors` lists messages per field'),
  };
  if (route.role) {
    responses[401] = problemResponse('Missing or unknown bearer token');
    responses[403] = problemResponse(`Needs the ${route.role} role`);
  }
  if (route.params) responses[404] = problemResponse('Not found');
  if (route.method === 'get' && !route.role) responses[304] = { description: 'Not modified (ETag matched)' };
  return {
    operationId: id,
    summary: route.summary,
    tags: [route.tag],
    ...(route.role ? { security: [{ bearer: [] }] } : {}),
    parameters: [...parameters('path', route.params), ...parameters('query', route.query)],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: toSchema(route.body, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

/** The published PBGDPL data structure: OpenAPI 3.1 with JSON Schema 2020-12. */
export function openApiDocument(version: string, serverUrl = '/api/v1') {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [id, route] of Object.entries(routes) as Array<[string, RouteSpec]>) {
    paths[route.path] = { ...paths[route.path], [route.method]: operation(id, route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'PBGDPL API',
      version,
      description:
        'Public data of a provincial legal dissemination and education (PBGDPL) site: site profile, ' +
        'banners, event beacons, and the admin routes that manage them.',
    },
    servers: [{ url: serverUrl }],
    paths,
    'x-health': { path: healthRoute.path, schema: toSchema(healthRoute.response, 'output') },
    components: {
      schemas: { Problem: toSchema(Problem, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
