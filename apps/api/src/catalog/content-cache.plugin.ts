import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext, type GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { CatalogReadModel } from './catalog-read-model.service.js';

/**
 * The fields whose answers are the same for everyone and change only with the content revision. Listed field by
 * field, so that a field added later (say, a learner's progress on a Course) is not cacheable until someone decides
 * it is: a query touching anything not listed here is answered `private, no-store`.
 */
const CONTENT_FIELDS: Record<string, readonly string[]> = {
  Query: ['courses', 'course', 'lesson'],
  Course: ['id', 'slug', 'language', 'title', 'summary', 'issuer', 'moduleCount', 'lessonCount', 'totalMinutes', 'modules'],
  CourseModule: [
    'id',
    'slug',
    'position',
    'title',
    'summary',
    'provinceCode',
    'lessons',
    'quiz',
    'variants',
    'totalMinutes',
    'downloadBytes',
  ],
  Lesson: [
    'id',
    'slug',
    'position',
    'title',
    'minutes',
    'objectives',
    'body',
    'moduleSlug',
    'moduleTitle',
    'provinceCode',
    'previous',
    'next',
  ],
  LessonSummary: ['id', 'slug', 'position', 'title', 'minutes'],
  LocalizedText: ['vi', 'en'],
  QuizSummary: ['id', 'questionCount', 'passingScore', 'maxAttempts', 'retryAfterHours'],
  ModuleVariant: ['provinceCode', 'title'],
};
const contentFields = new Set(Object.entries(CONTENT_FIELDS).flatMap(([type, fields]) => fields.map((f) => `${type}.${f}`)));

/**
 * Phones keep a content answer for a minute and may show it while they revalidate for a day; a revalidation with
 * the ETag costs a 304 with no body. Shared proxies may keep it too: nothing in it depends on who asks.
 */
export const CONTENT_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=86400';
/** Everything else (anything personal, every mutation, every POST) is kept by nobody. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

/** True when every field the operation selects is content (see CONTENT_FIELDS). */
export function isContentOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  let content = true;
  const typeInfo = new TypeInfo(schema);
  visit(
    { ...document, definitions: document.definitions.filter((d) => d.kind !== 'OperationDefinition' || d === operation) },
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value === '__typename') return;
        const parent = typeInfo.getParentType()?.name;
        if (!parent || !contentFields.has(`${parent}.${node.name.value}`)) content = false;
      },
    }),
  );
  return content;
}

/**
 * HTTP caching of content answers. A content query sent by GET (how the web client reads lessons and outlines) gets
 * an ETag from the content revision and CONTENT_CACHE_CONTROL, and a request that already holds the current ETag is
 * answered 304 without running the query. Every other answer is marked PRIVATE_CACHE_CONTROL.
 */
@Plugin()
export class ContentCachePlugin implements ApolloServerPlugin {
  constructor(private readonly readModel: CatalogReadModel) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const readModel = this.readModel;
    return {
      async responseForOperation(ctx: GraphQLRequestContext<Record<string, unknown>>) {
        const headers = ctx.response.http.headers;
        const cacheable =
          ctx.request.http?.method === 'GET' && ctx.operation && isContentOperation(ctx.schema, ctx.document!, ctx.operation);
        if (!cacheable) {
          headers.set('cache-control', PRIVATE_CACHE_CONTROL);
          return null;
        }
        // Read before the answer is built: the answer is then at least as new as the revision it is labelled with.
        const etag = `W/"content-${await readModel.revision()}"`;
        headers.set('cache-control', CONTENT_CACHE_CONTROL);
        headers.set('etag', etag);
        const held = ctx.request.http?.headers.get('if-none-match') ?? '';
        if (!held.split(',').some((tag) => tag.trim() === etag)) return null;
        return { http: { status: 304, headers: new HeaderMap() }, body: { kind: 'single', singleResult: {} } };
      },
      async willSendResponse(ctx) {
        // An answer with errors (or a request that never reached an operation) is not worth keeping anywhere.
        const failed = ctx.response.body.kind === 'single' && ctx.response.body.singleResult.errors;
        if (failed || !ctx.response.http.headers.has('cache-control')) {
          ctx.response.http.headers.set('cache-control', PRIVATE_CACHE_CONTROL);
          ctx.response.http.headers.delete('etag');
        }
      },
    };
  }
}
