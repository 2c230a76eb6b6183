import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext, type GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { CatalogReadModel, type ResultSlot } from './catalog-read-model.service.js';
import { CONTENT_CACHE_CONTROL, PRIVATE_CACHE_CONTROL } from './content-cache-control.js';
import { contentEtag, encodeAnswer, keptAnswerKey, MAX_KEPT_VARIABLES } from './kept-answers.js';

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

export { CONTENT_CACHE_CONTROL, PRIVATE_CACHE_CONTROL };

/** True when every field the operation selects is content (see CONTENT_FIELDS). */
export function isContentOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  let content = true;
  let readsContent = false;
  const typeInfo = new TypeInfo(schema);
  visit(
    { ...document, definitions: document.definitions.filter((d) => d.kind !== 'OperationDefinition' || d === operation) },
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value === '__typename') return;
        const parent = typeInfo.getParentType()?.name;
        if (!parent || !contentFields.has(`${parent}.${node.name.value}`)) content = false;
        else readsContent = true;
      },
    }),
  );
  // `{ __typename }` reads nothing of the content: it stays the framework's ceiling, never a kept answer.
  return content && readsContent;
}

/** isContentOperation per parsed document: Apollo reuses the parsed document of a repeated query text. */
const contentOperations = new WeakMap<DocumentNode, Map<string, boolean>>();

function isContentOperationCached(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): boolean {
  let byName = contentOperations.get(document);
  if (!byName) contentOperations.set(document, (byName = new Map()));
  const name = operation.name?.value ?? '';
  let content = byName.get(name);
  if (content === undefined) byName.set(name, (content = isContentOperation(schema, document, operation)));
  return content;
}

/**
 * Content answers, kept and labelled. A content query (any method) is answered from the result kept for the same
 * document, operation and variables in the current content revision, so a repeated lesson or outline costs about what
 * `{ __typename }` does; nothing in such a result depends on who asks (CONTENT_FIELDS). Sent by GET (how the web
 * client reads lessons and outlines) it also gets an ETag from the revision and CONTENT_CACHE_CONTROL, and a request
 * that already holds the current ETag is answered 304 without running the query. Every other answer is marked
 * PRIVATE_CACHE_CONTROL.
 */
@Plugin()
export class ContentCachePlugin implements ApolloServerPlugin {
  constructor(private readonly readModel: CatalogReadModel) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const readModel = this.readModel;
    let slot: ResultSlot | null = null;
    let fromCache = false;
    return {
      async responseForOperation(ctx: GraphQLRequestContext<Record<string, unknown>>) {
        const headers = ctx.response.http.headers;
        const content = ctx.operation?.operation === 'query' && isContentOperationCached(ctx.schema, ctx.document!, ctx.operation);
        const byGet = ctx.request.http?.method === 'GET';
        if (!content || !byGet) headers.set('cache-control', PRIVATE_CACHE_CONTROL);
        if (!content) return null;
        // The revision is read before the answer is built: the answer is then at least as new as its label.
        // Kept under the request as sent (kept-answers.ts finds it there before GraphQL runs). Real content
        // variables are a few slugs; long ones (made up by a client), or a document sent only by hash, are not kept.
        const variables = JSON.stringify(ctx.request.variables ?? {});
        const query = ctx.request.query;
        const keepable = typeof query === 'string' && !ctx.request.extensions && variables.length <= MAX_KEPT_VARIABLES;
        slot = await readModel.resultSlot(keepable ? keptAnswerKey(query, ctx.request.operationName, variables) : null);
        if (byGet) {
          const etag = contentEtag(slot.revision);
          headers.set('cache-control', CONTENT_CACHE_CONTROL);
          headers.set('etag', etag);
          const held = ctx.request.http?.headers.get('if-none-match') ?? '';
          if (held.split(',').some((tag) => tag.trim() === etag)) {
            return { http: { status: 304, headers: new HeaderMap() }, body: { kind: 'single', singleResult: {} } };
          }
        }
        if (!slot.result) return null;
        fromCache = true;
        return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: slot.result } };
      },
      async willSendResponse(ctx) {
        const body = ctx.response.body;
        // An answer with errors (or a request that never reached an operation) is not worth keeping anywhere.
        const failed = body.kind === 'single' && body.singleResult.errors;
        if (failed || !ctx.response.http.headers.has('cache-control')) {
          ctx.response.http.headers.set('cache-control', PRIVATE_CACHE_CONTROL);
          ctx.response.http.headers.delete('etag');
        } else if (slot && !fromCache && body.kind === 'single' && ctx.response.http.status !== 304) {
          const kept = slot.keep(body.singleResult);
          // Encoded off the request's path; until it is ready, repeats are answered from `result` here.
          encodeAnswer(body.singleResult).then(
            (encoded) => (kept.encoded = encoded),
            () => undefined,
          );
        }
      },
    };
  }
}
