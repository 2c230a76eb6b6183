import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  getNamedType,
  GraphQLError,
  isListType,
  isNonNullType,
  isLeafType,
  type DocumentNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * Limits that every GraphQL request is measured against before anything runs (validation phase), so one small
 * request can neither exhaust memory nor hold the event loop. Sized from the web client's own documents
 * (query-limits.int-spec.ts runs each of them through these rules): the largest is far below every limit.
 */
export const QUERY_LIMITS = {
  /**
   * Characters of the document, checked before GraphQL sees it (http/query-length.ts): parsing a long document up
   * to the token limit, and the error it makes, cost far more than refusing it by its length.
   */
  characters: 12_000,
  /** Lexical tokens of the document; checked by graphql's parser itself, before an AST is even built. */
  tokens: 3000,
  depth: 10,
  aliases: 30,
  /** Cost units, where a list multiplies what is selected inside it by its expected size. */
  cost: 5000,
} as const;

/** Expected size of a list field with no `listSize` extension and no `limit` argument. */
const DEFAULT_LIST_SIZE = 20;

export type QueryLimit = 'characters' | 'tokens' | 'depth' | 'aliases' | 'cost';

/** Marks an error as a refusal by these limits; format-error.ts turns it into QUERY_TOO_COMPLEX. */
export function queryLimitError(limit: QueryLimit, max: number, actual?: number): GraphQLError {
  return new GraphQLError(`Query refused: ${limit} limit ${max} exceeded${actual === undefined ? '' : ` (${actual})`}.`, {
    extensions: { queryLimit: { limit, max, ...(actual === undefined ? {} : { actual }) }, http: { status: 400 } },
  });
}

/**
 * Cost of a field: leaves are free, an object is 1 plus what is selected in it, and a list is that times its
 * expected size: the field's `listSize` extension (e.g. a province's communes), else its `limit` argument,
 * else DEFAULT_LIST_SIZE. So `children { province { children … } }` grows as the data it would load would.
 */
const listAwareEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const type = field.type as GraphQLOutputType;
  if (isLeafType(getNamedType(type))) return 0;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (!isListType(inner)) return 1 + childComplexity;
  const declared = field.extensions?.listSize;
  const limit = typeof args.limit === 'number' ? args.limit : undefined;
  const size = typeof declared === 'number' ? declared : (limit ?? DEFAULT_LIST_SIZE);
  return (1 + childComplexity) * Math.max(1, size);
};

/** What a document would cost to run with these variables (the plugin below refuses above QUERY_LIMITS.cost). */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({ schema, query: document, operationName, variables, estimators: [listAwareEstimator] });
}

/** Validation rules for Apollo: depth and aliases, by graphql-armor, reported as refusals of ours. */
export function queryLimitRules(): ValidationRule[] {
  const refuse = (limit: QueryLimit, max: number) => ({
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null) => context?.reportError(queryLimitError(limit, max))],
  });
  return [
    maxDepthRule({ ...refuse('depth', QUERY_LIMITS.depth), n: QUERY_LIMITS.depth, ignoreIntrospection: true, flattenFragments: true }),
    maxAliasesRule({ ...refuse('aliases', QUERY_LIMITS.aliases), n: QUERY_LIMITS.aliases }),
  ];
}

/**
 * Cost is measured once the operation is resolved, with its variables (a `limit: $n` counts as sent), and before
 * execution starts: graphql-query-complexity's getComplexity with the estimator above.
 */
export function queryCostPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          } catch {
            // Variables that do not fit their types: execution refuses them as BAD_USER_INPUT, naming the field,
            // before anything runs.
            return;
          }
          if (cost > QUERY_LIMITS.cost) throw queryLimitError('cost', QUERY_LIMITS.cost, cost);
        },
      };
    },
  };
}
