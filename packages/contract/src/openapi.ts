import { z } from 'zod';
import { ArticleInput } from './articles.ts';
import { DocumentInput } from './documents.ts';
import { dialogueCalendarRoute, dialogueStreamRoute } from './dialogue-routes.ts';
import {
  articleCalendarRoute,
  articleExportRoute,
  articleFeedRoute,
  articleLineSchemaRoute,
  exportRoute,
  feedRoute,
  healthRoute,
  lineSchemaRoute,
  questionExportRoute,
  questionFeedRoute,
  questionLineSchemaRoute,
  routes,
  type RouteSpec,
  videoExportRoute,
  videoFeedRoute,
  videoLineSchemaRoute,
} from './routes.ts';
import { Question } from './questions.ts';
import { VideoInput } from './videos.ts';

type JsonSchema = Record<string, unknown>;

const refUri = (id: string) => `#/components/schemas/${id}`;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema =>
  z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'any',
    reused: 'inline',
  }) as JsonSchema;

/** A schema with a `meta({ id })` becomes a reference to its component; others are inlined. */
function schemaOrRef(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const id = z.globalRegistry.get(schema)?.id;
  return id ? { $ref: refUri(id) } : toSchema(schema, io);
}

/**
 * Every named schema once, under components. Request bodies are described as clients may
 * send them (defaults optional), everything else as the server answers.
 */
function components(): Record<string, JsonSchema> {
  const convert = (io: 'input' | 'output') =>
    z.toJSONSchema(z.globalRegistry, { io, target: 'draft-2020-12', unrepresentable: 'any', uri: refUri })
      .schemas as Record<string, JsonSchema>;
  const output = convert('output');
  const input = convert('input');
  const bodies = new Set(
    Object.values(routes as Record<string, RouteSpec>).flatMap((route) =>
      route.body ? [z.globalRegistry.get(route.body)?.id] : [],
    ),
  );
  return Object.fromEntries(
    Object.entries(output).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = bodies.has(id) ? (input[id] ?? schema) : schema;
      return [id, rest];
    }),
  );
}

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

/** An upload's body: its text fields beside the one `file` part. */
const multipartBody = (fields: JsonSchema): JsonSchema => ({
  allOf: [
    fields,
    {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } },
    },
  ],
});

function operation(id: string, route: RouteSpec) {
  const fields = route.body && schemaOrRef(route.body, 'input');
  const body = fields && route.multipart ? multipartBody(fields) : fields;
  const responses: Record<string, unknown> = {
    [route.status]: route.response
      ? {
          description: 'OK',
          content: { 'application/json': { schema: schemaOrRef(route.response, 'output') } },
        }
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
    // Public operations say so: clients (and linters) must not guess.
    security: route.role ? [{ bearer: [] }] : [],
    parameters: [...parameters('path', route.params), ...parameters('query', route.query)],
    ...(body
      ? {
          requestBody: {
            required: true,
            content: Object.fromEntries(
              (route.bodyTypes ?? ['application/json']).map((type) => [type, { schema: body }]),
            ),
          },
        }
      : {}),
    responses,
  };
}

/** What each NDJSON export carries per line, and how its JSON Schema introduces it. */
const EXCHANGE_LINES = {
  document: {
    schema: DocumentInput,
    title: 'PBGDPL document (one NDJSON line)',
    description:
      'Một văn bản trong tệp NDJSON xuất ra, đúng định dạng nhập (import-documents). ' +
      'One document of the NDJSON export, in the import format.',
  },
  article: {
    schema: ArticleInput,
    title: 'PBGDPL article (one NDJSON line)',
    description:
      'Một bài viết trong tệp NDJSON xuất ra, đúng định dạng nhập (POST /admin/articles/import). ' +
      'One article of the NDJSON export, in the import format.',
  },
  question: {
    schema: Question,
    title: 'PBGDPL answered question (one NDJSON line)',
    description:
      'Một câu hỏi đã đăng kèm câu trả lời, như GET /questions/{id}: không có thông tin liên hệ, ' +
      'tên người hỏi chỉ khi họ đồng ý. One published question with its answer, without contact details.',
  },
  video: {
    schema: VideoInput,
    title: 'PBGDPL video (one NDJSON line)',
    description:
      'Một video đã đăng, đúng định dạng ghi của POST /admin/videos. ' +
      'One published video, in the format the admin write routes take.',
  },
} as const;
export type ExchangeKind = keyof typeof EXCHANGE_LINES;

/**
 * One line of an NDJSON export, every field present (the export writes defaults out).
 * Published beside the OpenAPI document for other portals.
 */
export function exchangeLineSchema(kind: ExchangeKind): JsonSchema {
  const { schema, title, description } = EXCHANGE_LINES[kind];
  return { ...toSchema(schema, 'output'), title, description };
}

/** A public GET that is not JSON from the route table: one content type, cacheable. */
const textOperation = (
  id: string,
  route: { summary: string; params?: z.ZodObject; query?: z.ZodObject },
  description: string,
  type: string,
  schema: JsonSchema = { type: 'string' },
) => ({
  get: {
    operationId: id,
    summary: route.summary,
    tags: [
      (['article', 'dialogue', 'question', 'video'].find((tag) => id.startsWith(tag)) ?? 'document') + 's',
    ],
    security: [],
    parameters: [...parameters('path', route.params), ...parameters('query', route.query)],
    responses: {
      200: { description, content: { [type]: { schema } } },
      304: { description: 'Not modified (ETag matched)' },
      ...(route.params || route.query ? { 400: problemResponse('Invalid request') } : {}),
      ...(route.params ? { 404: problemResponse('Not found') } : {}),
    },
  },
});

/** Each kind's exchange: its Atom feed (of what), its NDJSON export and the schema of a line. */
const EXCHANGES = [
  ['document', feedRoute, 'documents', exportRoute, lineSchemaRoute],
  ['article', articleFeedRoute, 'articles', articleExportRoute, articleLineSchemaRoute],
  ['question', questionFeedRoute, 'answers', questionExportRoute, questionLineSchemaRoute],
  ['video', videoFeedRoute, 'videos', videoExportRoute, videoLineSchemaRoute],
] as const;

/** The exchange routes and the calendar files sit beside the route table. */
const textOperations = {
  ...Object.fromEntries(
    EXCHANGES.flatMap(([kind, feed, what, exported, lineSchema]) => [
      [
        feed.path,
        textOperation(
          `${kind}Feed`,
          feed,
          `Atom 1.0 (RFC 4287): the 30 newest published ${what}`,
          'application/atom+xml',
        ),
      ],
      [
        exported.path,
        textOperation(
          `${kind}Export`,
          exported,
          `One JSON object per line, each valid against ${lineSchema.path}`,
          'application/x-ndjson',
        ),
      ],
      [
        lineSchema.path,
        textOperation(`${kind}LineSchema`, lineSchema, 'JSON Schema 2020-12', 'application/schema+json', {
          type: 'object',
        }),
      ],
    ]),
  ),
  [articleCalendarRoute.path]: textOperation(
    'articleCalendar',
    articleCalendarRoute,
    'iCalendar (RFC 5545) with one event',
    'text/calendar',
  ),
  [dialogueCalendarRoute.path]: textOperation(
    'dialogueCalendar',
    dialogueCalendarRoute,
    'iCalendar (RFC 5545) with the session',
    'text/calendar',
  ),
};

/** A session's live stream: never cached (no ETag, no 304), refused when the node holds too many. */
const streamOperation = {
  get: {
    operationId: 'dialogueStream',
    summary: dialogueStreamRoute.summary,
    description:
      'Server-Sent Events. Each event has `id:` (a change id, monotonic across API nodes). ' +
      '`question`: a DialogueQuestion (as in the questions list) that became or stays public; ' +
      '`withdrawn`: `{"id": questionId}` left the public list; `session`: the Dialogue as ' +
      '`GET /dialogues/{id}` answers it; `ready` (`{}`): sent once on connecting without ' +
      '`Last-Event-ID`, whose id is the latest change (reload the list, then apply events). ' +
      'With `Last-Event-ID: N` every change after N is replayed first (or `ready` is sent when ' +
      'those changes were pruned). A `: ping` comment every PBGDPL_STREAM_HEARTBEAT_SECONDS; ' +
      '`retry: 3000` first.',
    tags: ['dialogues'],
    security: [],
    parameters: [
      ...parameters('path', dialogueStreamRoute.params),
      {
        name: 'Last-Event-ID',
        in: 'header',
        required: false,
        description: 'The id of the last event received, to resume without missing any',
        schema: { type: 'string', pattern: '^[0-9]+$' },
      },
    ],
    responses: {
      200: {
        description: 'An endless text/event-stream (Cache-Control: no-cache, X-Accel-Buffering: no)',
        content: { 'text/event-stream': { schema: { type: 'string' } } },
      },
      404: problemResponse('Not found, or not public'),
      503: problemResponse('The node holds its most streams; poll the JSON routes instead (Retry-After)'),
    },
  },
};

/** The published PBGDPL data structure: OpenAPI 3.1 with JSON Schema 2020-12. */
export function openApiDocument(version: string, serverUrl = '/api/v1') {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [id, route] of Object.entries(routes) as Array<[string, RouteSpec]>) {
    paths[route.path] = { ...paths[route.path], [route.method]: operation(id, route) };
  }
  Object.assign(paths, textOperations, { [dialogueStreamRoute.path]: streamOperation });
  return {
    openapi: '3.1.0',
    info: {
      title: 'PBGDPL API',
      version,
      license: { name: 'MIT', identifier: 'MIT' },
      description:
        'Public data of a provincial legal dissemination and education (PBGDPL) site: site profile, ' +
        'banners, legal documents (search, facets, relations), articles (search, facets, calendar files), ' +
        'answered questions and videos, each with an Atom feed and an NDJSON export described by its JSON ' +
        'Schema, event beacons, and the admin routes that manage them.',
    },
    servers: [{ url: serverUrl }],
    paths,
    'x-health': { path: healthRoute.path, schema: schemaOrRef(healthRoute.response, 'output') },
    components: {
      schemas: components(),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
